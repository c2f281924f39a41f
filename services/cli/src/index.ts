export { main } from './cli';
export type { LoadedConfig, WardenConfig } from './config/load-config';
export { loadConfig } from './config/load-config';
export { SETTINGS } from './config/settings';
export type { EmbeddedOptions, EmbeddedStats, EmbeddedWarden } from './embedded-warden';
export { createEmbeddedWarden } from './embedded-warden';
export { createLogger } from './logger';
