// An unmodified discord.js 14 bot, the yardstick for NewsBot's cost: it answers /summary at once with an embed of about
// the size of NewsBot's reply (title, description, a stream field, footer, a button), nothing else.
// Usage: SANDBOX=http://127.0.0.1:5599 node bot.js   (compare.mjs starts it)
const { Client, GatewayIntentBits, Events, ActionRowBuilder, ButtonBuilder, ButtonStyle } = require('discord.js');

const sandbox = (process.env.SANDBOX || 'http://127.0.0.1:5599').replace(/\/$/, '');
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: `${sandbox}/api` } });

const embed = {
  title: 'Waffen und Munition aus Nordkorea: Wie gefährlich ist das Putin-Kim-Bündnis?',
  description: 'Nordkoreas Machthaber Kim Jong Un ist offiziellen Angaben zufolge in Russland eingetroffen, wo er Kremlchef '
    + 'Wladimir Putin treffen wird. Wo und wann beide Machthaber aufeinander treffen, blieb zunächst unklar.',
  color: 0x3498db,
  fields: [{ name: 'Stream', value: 'Waffen und Munition aus Nordkorea | ZDFheute live\n<t:1796411700:F> (<t:1796411700:R>)' }],
  footer: { text: '000_8dbe49e802ff1033' },
};
const buttons = new ActionRowBuilder().addComponents(
  new ButtonBuilder().setCustomId('questions:000_8dbe49e802ff1033').setLabel('Guiding questions').setStyle(ButtonStyle.Secondary));

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  try {
    await interaction.reply({ embeds: [embed], components: [buttons], allowedMentions: { parse: [] } });
  } catch (error) {
    console.error('reply failed:', error.message);
  }
});
client.once(Events.ClientReady, () => console.log('ready'));
client.login(process.env.TOKEN || 'compare-token');
