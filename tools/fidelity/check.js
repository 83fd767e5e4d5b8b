// Fidelity check: an unmodified discord.js 14 bot against the NewsBot sandbox: commands, deferrals, resumes, a 429,
// buttons (update, deferUpdate + edit), a modal with its submit, a thread started from a message with a post in it,
// message edits under the per-channel edit limit, a file upload (multipart payload_json + files[n]) served back as
// sent, and a page of channel messages after an id.
// Usage: start the sandbox (dotnet run --project src/NewsBot.Sandbox -- --port 5599), then
//        npm install && SANDBOX=http://127.0.0.1:5599 node check.js
const {
  Client, GatewayIntentBits, Events, ActionRowBuilder, ButtonBuilder, ButtonStyle, ModalBuilder, TextInputBuilder, TextInputStyle,
  MessageFlags,
} = require('discord.js');

const sandbox = (process.env.SANDBOX || 'http://127.0.0.1:5599').replace(/\/$/, '');
const fail = (why) => { console.error('FAIL:', why); process.exit(1); };
setTimeout(() => fail('timed out after 60 s'), 60_000).unref();

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: `${sandbox}/api` } });
const threadCreated = new Promise((resolve) => client.on(Events.ThreadCreate, (thread, newlyCreated) => resolve({ thread, newlyCreated })));

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
  // buttons: a member presses them through the control API; discord.js answers with update (7), deferUpdate (6) + edit,
  // and a modal (9) whose submit (type 5) it answers with a reply
  const row = new ActionRowBuilder().addComponents(
    new ButtonBuilder().setCustomId('vote:1').setLabel('Vote').setStyle(ButtonStyle.Primary),
    new ButtonBuilder().setCustomId('later:1').setLabel('Later').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId('ask:1').setLabel('Ask').setStyle(ButtonStyle.Success),
    new ButtonBuilder().setURL('https://example.org/live').setLabel('Live').setStyle(ButtonStyle.Link));
  const press = async (customId) => {
    const withButtons = await general.send({ content: `press ${customId}`, components: [row], allowedMentions: { parse: [] } });
    const response = await fetch(`${sandbox}/_sandbox/components`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ guild_id: guild.id, channel_id: general.id, message_id: withButtons.id, custom_id: customId, locale: 'en-US' }),
    });
    const result = await response.json();
    console.log(`button ${customId}: HTTP ${response.status}, callback type ${result.callback?.type}, message now "${result.original?.content}" with ${result.original?.components?.length ?? 0} rows`);
    if (response.status !== 200) fail(`button ${customId} not answered: ${result.error}`);
    return result;
  };
  const voted = await press('vote:1');
  if (voted.callback.type !== 7 || voted.original.content !== 'voted' || voted.original.components.length !== 0) fail('update did not change the message');
  const later = await press('later:1');
  if (later.callback.type !== 6 || later.original.content !== 'updated later') fail('deferUpdate + edit did not change the message');
  const asked = await press('ask:1');
  if (asked.callback.type !== 9 || asked.callback.data.custom_id !== 'question:1') fail('no modal shown');
  const submitResponse = await fetch(`${sandbox}/_sandbox/modals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ interaction_id: asked.interaction_id, values: { question: 'Was kostet das?' }, locale: 'en-US' }),
  });
  const submitted = await submitResponse.json();
  console.log(`modal submit: HTTP ${submitResponse.status}, callback type ${submitted.callback?.type}, reply "${submitted.callback?.data?.content}"`);
  if (submitResponse.status !== 200 || submitted.callback.type !== 4 || submitted.callback.data.content !== 'asked: Was kostet das?'
    || (submitted.callback.data.flags & 64) === 0) fail('modal submit not answered');
  // a public thread on a message (POST /channels/{id}/messages/{id}/threads), a post in it, THREAD_CREATE, and 160004 on a second start
  const announcements = guild.channels.cache.find((c) => c.name === 'announcements');
  const live = await announcements.send({ content: 'live now', allowedMentions: { parse: [] } });
  const thread = await live.startThread({ name: 'Wie sicher ist Europa?', autoArchiveDuration: 1440 });
  const inThread = await thread.send({ content: 'Panel und Leitfragen', allowedMentions: { parse: [] } });
  const created = await threadCreated;
  console.log(`thread ${thread.id} (type ${thread.type}, parent ${thread.parentId}, archive ${thread.autoArchiveDuration} min); message ${inThread.id} in it; THREAD_CREATE newly created: ${created.newlyCreated}`);
  if (thread.id !== live.id || thread.type !== 11 || thread.parentId !== announcements.id || inThread.channelId !== thread.id
    || created.thread.id !== thread.id) fail('thread not started from the message as Discord does');
  const again = await live.startThread({ name: 'zweiter' }).then(() => null, (e) => e);
  console.log(`second thread on the same message: ${again?.code} ${again?.message}`);
  if (again?.code !== 160004) fail('a second thread on one message was not refused with 160004');
  // message edits: eight in a row on one message; the sandbox, like Discord, accepts 5 edits per 5 s in a channel, so
  // discord.js must hold the rest back (its bucket shows 0 remaining) or wait out a 429 on its own
  const editLog = async () => (await fetch(`${sandbox}/_sandbox/channels/${general.id}/edits`)).json();
  const editable = await general.send({ content: 'edit 0', allowedMentions: { parse: [] } });
  const editsBefore = (await editLog()).accepted.length;
  const editStart = Date.now();
  let edited = editable;
  for (let i = 1; i <= 8; i++) edited = await edited.edit({ content: `edit ${i}` });
  const editSeconds = (Date.now() - editStart) / 1000;
  const log = await editLog();
  const accepted = log.accepted.slice(editsBefore).map((at) => Date.parse(at));
  const mostInFive = Math.max(...accepted.map((at) => accepted.filter((other) => other >= at && other < at + 5000).length));
  console.log(`8 edits: now "${edited.content}" (edited at ${edited.editedAt?.toISOString()}), ${editSeconds.toFixed(1)} s, `
    + `${accepted.length} accepted, at most ${mostInFive} in any 5 s; 429s answered so far: ${log.rate_limited}`);
  if (edited.content !== 'edit 8' || edited.editedTimestamp === null || accepted.length !== 8 || mostInFive > 5 || editSeconds < 4) {
    fail('edits did not go through within the per-channel edit limit');
  }
  // a file upload: discord.js sends multipart/form-data with payload_json and files[0]; the attachment is served back as sent
  const csv = 'id,state,votes,text\r\n1,approved,12,"Wie geht es weiter, Herr Minister?"\r\n';
  const withFile = await general.send({ content: 'Alle Fragen als CSV', files: [{ attachment: Buffer.from(csv, 'utf8'), name: 'questions.csv' }],
    allowedMentions: { parse: [] } });
  const file = withFile.attachments.first();
  const served = file ? await (await fetch(file.url)).text() : null;
  console.log(`upload: ${file?.name}, ${file?.size} bytes, ${file?.contentType}; served back ${served === csv ? 'byte for byte' : 'DIFFERENT'}`);
  if (withFile.attachments.size !== 1 || file.name !== 'questions.csv' || file.size !== Buffer.byteLength(csv) || served !== csv) {
    fail('the file upload did not arrive as sent');
  }
  // a page of messages after an id (GET /channels/{id}/messages?after=…&limit=…), newest first, as the bot looks for its own posts
  const page = await general.messages.fetch({ after: editable.id, limit: 100, cache: false });
  const pageIds = [...page.keys()];
  console.log(`messages after ${editable.id}: ${pageIds.join(', ')}`);
  if (page.size !== 1 || pageIds[0] !== withFile.id || page.first().attachments.first()?.name !== 'questions.csv') {
    fail('the message page after an id is not what Discord returns');
  }
  client.destroy();
  console.log('OK');
  process.exit(0);
});

client.on(Events.InteractionCreate, async (interaction) => {
  if (interaction.isButton()) {
    console.log(`button ${interaction.customId} pressed by ${interaction.user.username} on message ${interaction.message.id}`);
    if (interaction.customId === 'vote:1') {
      await interaction.update({ content: 'voted', components: [] });
    } else if (interaction.customId === 'later:1') {
      await interaction.deferUpdate();
      await interaction.editReply({ content: 'updated later' });
    } else {
      await interaction.showModal(new ModalBuilder().setCustomId('question:1').setTitle('Your question').addComponents(
        new ActionRowBuilder().addComponents(
          new TextInputBuilder().setCustomId('question').setLabel('Question').setStyle(TextInputStyle.Paragraph).setMaxLength(300))));
    }
    return;
  }
  if (interaction.isModalSubmit()) {
    console.log(`modal ${interaction.customId} submitted by ${interaction.user.username}`);
    await interaction.reply({ content: `asked: ${interaction.fields.getTextInputValue('question')}`, flags: MessageFlags.Ephemeral });
    return;
  }
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
