// Fidelity check for HTTP interactions: Discord's own npm package discord-interactions (its verifyKey), unmodified, in a
// small Node HTTP endpoint, against the NewsBot sandbox. The sandbox must validate the endpoint as Discord does when its
// URL is saved (a signed PING answered with PONG, its deliberately invalid signature refused with 401, and an endpoint
// that skips the check rejected), deliver control-API interactions signed so that verifyKey accepts them, and take the
// endpoint's HTTP response (type 4, or a deferral 5 with an edit of @original through discord.js's REST client) as the
// interaction's reply.
// Usage: start the sandbox (dotnet run --project src/NewsBot.Sandbox -- --port 5599), then
//        npm install && SANDBOX=http://127.0.0.1:5599 node http-interactions.js
const http = require('node:http');
const { verifyKey, InteractionType, InteractionResponseType } = require('discord-interactions');
const { REST, Routes } = require('discord.js');

const sandbox = (process.env.SANDBOX || 'http://127.0.0.1:5599').replace(/\/$/, '');
const fail = (why) => { console.error('FAIL:', why); process.exit(1); };
setTimeout(() => fail('timed out after 60 s'), 60_000).unref();

const control = async (method, path, body) => {
  const response = await fetch(`${sandbox}/_sandbox/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
};

// What the endpoint saw, in order: { path, type, verified, answered }.
const seen = [];
const rest = new REST({ api: `${sandbox}/api` }).setToken(process.env.TOKEN || 'sandbox-token');

const readBody = (request) => new Promise((resolve, reject) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => resolve(Buffer.concat(chunks)));
  request.on('error', reject);
});

const answer = (response, status, body) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
  return status;
};

const serve = (publicKey) => http.createServer(async (request, response) => {
  const raw = await readBody(request);
  const interaction = JSON.parse(raw.toString('utf8'));
  if (request.url === '/careless') {
    // An endpoint that never checks signatures: Discord (and so the sandbox) must refuse to save it.
    seen.push({ path: request.url, type: interaction.type, verified: null, answered: answer(response, 200, { type: InteractionResponseType.PONG }) });
    return;
  }
  const verified = await verifyKey(raw, request.headers['x-signature-ed25519'], request.headers['x-signature-timestamp'], publicKey);
  const entry = { path: request.url, type: interaction.type, verified };
  seen.push(entry);
  if (!verified) {
    entry.answered = answer(response, 401, { error: 'invalid request signature' });
  } else if (interaction.type === InteractionType.PING) {
    entry.answered = answer(response, 200, { type: InteractionResponseType.PONG });
  } else if (interaction.type === InteractionType.APPLICATION_COMMAND && interaction.data.name === 'ping') {
    entry.answered = answer(response, 200, {
      type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE,
      data: { content: `pong over HTTP for ${interaction.member?.user?.username ?? interaction.user?.username}`, allowed_mentions: { parse: [] } },
    });
  } else if (interaction.type === InteractionType.APPLICATION_COMMAND && interaction.data.name === 'later') {
    entry.answered = answer(response, 200, { type: InteractionResponseType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE });
    await rest.patch(Routes.webhookMessage(interaction.application_id, interaction.token), { body: { content: 'done later over HTTP' }, auth: false });
  } else {
    entry.answered = answer(response, 400, { error: `unexpected interaction type ${interaction.type}` });
  }
});

(async () => {
  const { body: endpointInfo } = await control('GET', 'interactions-endpoint');
  const { body: world } = await control('GET', 'world');
  const guild = world.guilds[0];
  const general = guild.channels.find((c) => c.name === 'general');
  const applicationId = world.application.id;
  console.log(`sandbox application ${applicationId}, public key ${endpointInfo.public_key}`);

  const server = serve(endpointInfo.public_key);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;

  // An endpoint that answers PONG to anything is rejected, as Discord rejects it.
  const careless = await control('PUT', 'interactions-endpoint', { url: `${base}/careless` });
  console.log(`careless endpoint: HTTP ${careless.status}, "${careless.body.error}"`);
  if (careless.status !== 400 || !/401/.test(careless.body.error ?? '')) fail('an endpoint that accepts an invalid signature was saved');

  // The endpoint with verifyKey: a signed PING it accepts and answers with PONG, then the invalid signature it refuses.
  seen.length = 0;
  const saved = await control('PUT', 'interactions-endpoint', { url: `${base}/interactions` });
  console.log(`endpoint saved: HTTP ${saved.status}; the sandbox sent ${seen.map((s) => `type ${s.type} (verifyKey ${s.verified} → ${s.answered})`).join(', ')}`);
  if (saved.status !== 200) fail(`the endpoint was not saved: ${saved.body.error}`);
  if (seen.length !== 2 || seen[0].type !== InteractionType.PING || seen[0].verified !== true || seen[0].answered !== 200
    || seen[1].type !== InteractionType.PING || seen[1].verified !== false || seen[1].answered !== 401) fail('not validated as Discord does: a signed PING, then an invalid signature');

  await rest.put(Routes.applicationGuildCommands(applicationId, guild.id), {
    body: [{ name: 'ping', description: 'Replies with pong' }, { name: 'later', description: 'Deferred reply' }],
  });
  console.log('registered guild commands');

  const invoke = async (name) => {
    seen.length = 0;
    const { status, body } = await control('POST', 'interactions', { guild_id: guild.id, channel_id: general.id, locale: 'en-US', data: { name } });
    const delivered = seen.find((s) => s.type === InteractionType.APPLICATION_COMMAND);
    console.log(`/${name}: HTTP ${status}, delivered signed (verifyKey ${delivered?.verified}), callback type ${body.callback?.type}, original "${body.original?.content}"`);
    if (status !== 200 || delivered?.verified !== true) fail(`/${name} was not delivered signed: ${body.error}`);
    return body;
  };
  const ping = await invoke('ping');
  if (ping.callback.type !== 4 || !ping.original.content.startsWith('pong over HTTP for ')) fail('the type 4 response did not become the reply');
  const later = await invoke('later');
  if (later.callback.type !== 5 || later.original.content !== 'done later over HTTP') fail('the deferral and its edit did not become the reply');

  const reset = await control('PUT', 'interactions-endpoint', { url: null });
  if (reset.status !== 200) fail('could not go back to the gateway');
  server.close();
  console.log('OK');
  process.exit(0);
})().catch(fail);
