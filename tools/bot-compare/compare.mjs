// Runs NewsBot and an unmodified discord.js 14 bot (bot.js) one after the other against a fresh standalone sandbox each,
// and reports for each: time from process start to a gateway session and to the first reply, the first reply's own
// latency, the idle resident memory, and under a closed loop (C interactions of /summary in flight) the CPU time
// (utime + stime from /proc/<pid>/stat) per interaction of the bot, the sandbox and this driver, with the load average.
// Usage (from the repository root, after building, see docs/operations.md):
//   node tools/bot-compare/compare.mjs --sandbox /tmp/sandbox/NewsBot.Sandbox.dll --newsbot /tmp/bot/NewsBot.dll
//        [--bots newsbot,discordjs] [--runs N] [--concurrency C] [--warmup S] [--seconds S] [--idle S] [--port P]
// --newsbot takes a .dll (run with dotnet exec) or a native executable (the Native AOT build).
import { spawn } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, '../..');
const sandboxDll = option('--sandbox');
const newsbot = option('--newsbot');
const bots = option('--bots', 'newsbot,discordjs').split(',');
const runs = Number(option('--runs', 1));
const concurrency = Number(option('--concurrency', 16));
const warmup = Number(option('--warmup', 20));
const seconds = Number(option('--seconds', 20));
const idleSeconds = Number(option('--idle', 5));
const port = Number(option('--port', 5611));
if (!sandboxDll || (bots.includes('newsbot') && !newsbot)) {
  console.error('usage: node compare.mjs --sandbox PATH/NewsBot.Sandbox.dll --newsbot PATH/NewsBot.dll|PATH/NewsBot [--bots newsbot,discordjs] [--runs N] [--concurrency C] [--warmup S] [--seconds S]');
  process.exit(2);
}
const base = `http://127.0.0.1:${port}`;
const ticksPerSecond = 100; // USER_HZ on Linux
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** utime + stime of a process in microseconds. */
function cpuOf(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1e6 / ticksPerSecond);
}

/** Resident set size of a process in MB. */
function rssOf(pid) {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(l => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const body = JSON.stringify({ data: { name: 'summary' }, locale: 'en-US' });

function request(method, url, payload) {
  return new Promise((resolve, reject) => {
    const headers = payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {};
    const sent = http.request(`${base}${url}`, { method, agent, headers }, response => {
      const chunks = [];
      response.on('data', chunk => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
    });
    sent.on('error', reject);
    sent.end(payload);
  });
}

/** Starts a process and resolves once a line of its output matches (rejects if it ends first). */
function start(command, commandArgs, env, readyLine) {
  const child = spawn(command, commandArgs, { cwd: repository, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const ready = new Promise((resolve, reject) => {
    let seen = '';
    const watch = chunk => {
      seen += chunk.toString('utf8');
      if (readyLine && seen.includes(readyLine)) resolve();
      if (seen.length > 100_000) seen = seen.slice(-10_000);
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', chunk => process.env.COMPARE_VERBOSE && process.stderr.write(chunk));
    child.on('exit', code => reject(new Error(`${command} ended with ${code}: ${seen.slice(-2000)}`)));
    if (!readyLine) resolve();
  });
  return { child, ready };
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const ended = new Promise(resolve => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([ended, sleep(10_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

async function closedLoop(durationSeconds) {
  let answered = 0;
  let failed = 0;
  const until = performance.now() + durationSeconds * 1000;
  async function worker() {
    while (performance.now() < until) {
      const { status } = await request('POST', '/_sandbox/interactions', body);
      if (status === 200) answered++; else failed++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { answered, failed };
}

function botCommand(name, dataDirectory) {
  if (name === 'discordjs')
    return { command: process.execPath, args: [path.join(here, 'bot.js')], env: { SANDBOX: base } };
  const env = {
    Discord__Token: 'compare-token',
    Discord__RestBaseUrl: `${base}/api`,
    Storage__SqlitePath: path.join(dataDirectory, 'newsbot.db'),
    DOTNET_gcServer: process.env.DOTNET_gcServer ?? '0',
  };
  return newsbot.endsWith('.dll')
    ? { command: 'dotnet', args: ['exec', newsbot], env }
    : { command: newsbot, args: [], env };
}

async function measure(name) {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'bot-compare-'));
  const sandbox = start('dotnet', ['exec', sandboxDll, '--port', String(port)], {}, 'Press Ctrl+C');
  await sandbox.ready;
  const { command, args: commandArgs, env } = botCommand(name, dataDirectory);
  const started = performance.now();
  const bot = start(command, commandArgs, env, null);
  bot.ready.catch(error => { console.error(`${name}: ${error.message}`); process.exit(1); });
  const figures = { name };
  try {
    // A gateway session for the guild: the moment the sandbox can deliver an interaction to the bot.
    for (;;) {
      const { text } = await request('GET', '/_sandbox/sessions');
      if (JSON.parse(text).some(s => s.connected)) break;
      await sleep(2);
    }
    figures.session = performance.now() - started;
    figures.sessionCpu = cpuOf(bot.child.pid) / 1000;
    let first;
    for (;;) {
      const sent = performance.now();
      const cpuBefore = cpuOf(bot.child.pid);
      first = await request('POST', '/_sandbox/interactions', body);
      if (first.status !== 503) {
        figures.firstReplyLatency = performance.now() - sent;
        figures.firstReplyCpu = (cpuOf(bot.child.pid) - cpuBefore) / 1000;
        break;
      }
      await sleep(2);
    }
    figures.firstReply = performance.now() - started;
    figures.firstStatus = first.status;
    figures.firstCallback = JSON.parse(first.text).callback?.type;
    await sleep(idleSeconds * 1000);
    figures.idleRss = rssOf(bot.child.pid);
    await closedLoop(warmup);
    const before = { sandbox: cpuOf(sandbox.child.pid), bot: cpuOf(bot.child.pid), driver: process.cpuUsage() };
    const loopStarted = performance.now();
    const { answered, failed } = await closedLoop(seconds);
    const elapsed = (performance.now() - loopStarted) / 1000;
    const driver = process.cpuUsage(before.driver);
    Object.assign(figures, {
      answered, failed, rate: answered / elapsed,
      bot: (cpuOf(bot.child.pid) - before.bot) / answered,
      sandbox: (cpuOf(sandbox.child.pid) - before.sandbox) / answered,
      driver: (driver.user + driver.system) / answered,
      loadRss: rssOf(bot.child.pid),
      load: os.loadavg(),
    });
  } finally {
    await stop(bot.child);
    await stop(sandbox.child);
    fs.rmSync(dataDirectory, { recursive: true, force: true });
  }
  return figures;
}

const results = [];
for (let run = 1; run <= runs; run++) {
  for (const name of bots) {
    const f = await measure(name);
    results.push(f);
    console.log(`${name.padEnd(9)} run ${run}: session ${f.session.toFixed(0)} ms, first reply ${f.firstReply.toFixed(0)} ms after start`
      + ` (its latency ${f.firstReplyLatency.toFixed(1)} ms and ${f.firstReplyCpu.toFixed(0)} ms of bot CPU; ${f.sessionCpu.toFixed(0)} ms of CPU until the session; HTTP ${f.firstStatus}, callback ${f.firstCallback}), idle RSS ${f.idleRss.toFixed(1)} MB;`
      + ` ${f.answered} interactions (${f.rate.toFixed(0)}/s, ${f.failed} failed), CPU per interaction: bot ${f.bot.toFixed(0)} µs,`
      + ` sandbox ${f.sandbox.toFixed(0)} µs, driver ${f.driver.toFixed(0)} µs; RSS after load ${f.loadRss.toFixed(1)} MB; load average ${f.load.map(l => l.toFixed(1)).join(' ')}`);
  }
}
if (bots.length === 2 && bots.includes('newsbot') && bots.includes('discordjs')) {
  const median = values => { const s = [...values].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
  const of = (name, key) => median(results.filter(r => r.name === name).map(r => r[key]));
  console.log(`median: NewsBot/discord.js CPU per interaction ${(of('newsbot', 'bot') / of('discordjs', 'bot')).toFixed(2)}×`
    + ` (${of('newsbot', 'bot').toFixed(0)} / ${of('discordjs', 'bot').toFixed(0)} µs), first reply latency ${of('newsbot', 'firstReplyLatency').toFixed(1)} / ${of('discordjs', 'firstReplyLatency').toFixed(1)} ms`
    + ` (bot CPU ${of('newsbot', 'firstReplyCpu').toFixed(0)} / ${of('discordjs', 'firstReplyCpu').toFixed(0)} ms), from start ${of('newsbot', 'firstReply').toFixed(0)} / ${of('discordjs', 'firstReply').toFixed(0)} ms,`
    + ` idle RSS ${of('newsbot', 'idleRss').toFixed(1)} / ${of('discordjs', 'idleRss').toFixed(1)} MB`);
}
agent.destroy();
