import Settings from './src/settings.js';

export { Settings };
export default Settings;
