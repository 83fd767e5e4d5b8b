// Load driver for the standalone sandbox: keeps C interactions in flight against POST /_sandbox/interactions for S seconds
// (after a warm-up) and prints what each cost the sandbox process, the bot process (if given) and this driver in CPU,
// read from /proc/<pid>/stat (utime + stime) before and after, and the load average while it ran.
// Usage: node tools/sandbox-load/load.mjs http://127.0.0.1:PORT/ SANDBOX_PID [BOT_PID] [--concurrency C] [--seconds S] [--warmup S]
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const [base, sandboxPid, botPid] = positional;
if (!base || !sandboxPid) {
  console.error('usage: node load.mjs http://127.0.0.1:PORT/ SANDBOX_PID [BOT_PID] [--concurrency C] [--seconds S] [--warmup S]');
  process.exit(2);
}
const concurrency = flag('--concurrency', 16);
const seconds = flag('--seconds', 20);
const warmup = flag('--warmup', 5);
const ticksPerSecond = 100; // USER_HZ on Linux

const url = new URL('_sandbox/interactions', base);
const body = JSON.stringify({ data: { name: 'summary' }, locale: 'en-US' });
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

/** utime + stime of a process in microseconds. */
function cpuOf(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1e6 / ticksPerSecond);
}

function post() {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      response => {
        response.resume();
        response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`status ${response.statusCode}`))));
      });
    request.on('error', reject);
    request.end(body);
  });
}

async function run(durationSeconds) {
  let answered = 0;
  const until = performance.now() + durationSeconds * 1000;
  async function worker() {
    while (performance.now() < until) {
      await post();
      answered++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return answered;
}

await run(warmup);
const before = { sandbox: cpuOf(sandboxPid), bot: botPid ? cpuOf(botPid) : 0, driver: process.cpuUsage() };
const started = performance.now();
const answered = await run(seconds);
const elapsed = (performance.now() - started) / 1000;
const load = os.loadavg();
const driverUsage = process.cpuUsage(before.driver);
const per = us => (us / answered).toFixed(0);
console.log(`${answered} interactions in ${elapsed.toFixed(1)} s (${(answered / elapsed).toFixed(0)}/s), ${concurrency} in flight; load average ${load.map(l => l.toFixed(1)).join(' ')}`);
console.log(`  sandbox CPU per interaction: ${per(cpuOf(sandboxPid) - before.sandbox)} µs`);
if (botPid)
  console.log(`  bot CPU per interaction:     ${per(cpuOf(botPid) - before.bot)} µs`);
console.log(`  driver CPU per interaction:  ${per(driverUsage.user + driverUsage.system)} µs`);
agent.destroy();
