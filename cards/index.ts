export { CARD_VERSION, expandTemplate, isAdaptiveCard, type AdaptiveCard, type Button, type Lang, type SubmitData } from './card.js';
export { helpCard, type HelpView } from './help.js';
export { messageCard, type MessageView } from './message.js';
export { welcomeCard, type WelcomeView } from './welcome.js';
