export { CARD_VERSION, type AdaptiveCard, type Button, type Lang } from './card.js';
export { helpCard } from './help.js';
export { messageCard } from './message.js';
export { welcomeCard } from './welcome.js';
