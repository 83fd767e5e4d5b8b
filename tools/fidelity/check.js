// Fidelity check: an unmodified discord.js 14 bot against the NewsBot sandbox.
// Usage: start the sandbox (dotnet run --project src/NewsBot.Sandbox -- --port 5599), then
//        npm install && SANDBOX=http://127.0.0.1:5599 node check.js
const { Client, GatewayIntentBits, Events } = require('discord.js');

const sandbox = (process.env.SANDBOX || 'http://127.0.0.1:5599').replace(/\/$/, '');
const fail = (why) => { console.error('FAIL:', why); process.exit(1); };
setTimeout(() => fail('timed out after 60 s'), 60_000).unref();

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: `${sandbox}/api` } });

client.once(Events.ClientReady, async (ready) => {
  const guild = ready.guilds.cache.first();
  console.log(`ready as ${ready.user.tag}; guilds: ${ready.guilds.cache.map((g) => g.name).join(', ')}; channels: ${guild.channels.cache.size}; roles: ${guild.roles.cache.size}`);
  await ready.application.commands.set([
    { name: 'ping', description: 'Replies with pong' },
    { name: 'later', description: 'Deferred reply' },
  ], guild.id);
  console.log('registered guild commands');
  const general = guild.channels.cache.find((c) => c.name === 'general');
  const posted = await general.send({ content: 'hello from discord.js', allowedMentions: { parse: [] } });
  console.log(`posted message ${posted.id}`);
  const invoke = async (name) => {
    const response = await fetch(`${sandbox}/_sandbox/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ guild_id: guild.id, channel_id: general.id, locale: 'en-US', data: { name } }),
    });
    const result = await response.json();
    console.log(`/${name}: HTTP ${response.status}, callback type ${result.callback?.type}, original "${result.original?.content}", followups ${result.followups?.length}`);
    if (response.status !== 200) fail(`/${name} not answered`);
  };
  await invoke('ping');
  await invoke('later');
  // faults: the connection drops, then the gateway asks for a reconnect; discord.js must resume both times
  for (const kind of ['drop_connection', 'reconnect']) {
    const resumed = new Promise((resolve) => client.once(Events.ShardResume, resolve));
    await fetch(`${sandbox}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind }) });
    await resumed;
    console.log(`${kind}: discord.js resumed`);
    await invoke('ping');
  }
  // a REST 429 from the sandbox: discord.js must wait retry_after and retry on its own
  await fetch(`${sandbox}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'rest_429', count: 1, retry_after: 0.5 }) });
  const retried = await general.send({ content: 'after a 429', allowedMentions: { parse: [] } });
  console.log(`rest_429: message ${retried.id} posted after retry`);
  client.destroy();
  console.log('OK');
  process.exit(0);
});

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  console.log(`interaction /${interaction.commandName} from ${interaction.user.username} (locale ${interaction.locale}, guild locale ${interaction.guildLocale})`);
  if (interaction.commandName === 'ping') {
    await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
    await interaction.followUp({ content: 'and a follow-up', ephemeral: false });
  } else {
    await interaction.deferReply();
    await interaction.editReply('done later');
  }
});

client.on(Events.Error, (e) => fail(e));
client.login(process.env.TOKEN || 'sandbox-token').catch(fail);
