import type { Client } from '../values';
import { javascriptClients } from './javascript';
import { phpClients } from './php';
import { pythonClients } from './python';
import { rubyClients } from './ruby';

/** Every database library the analyzers understand. */
export const CLIENTS: readonly Client[] = [...javascriptClients, ...pythonClients, ...rubyClients, ...phpClients];
