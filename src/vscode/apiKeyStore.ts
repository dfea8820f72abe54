import * as vscode from 'vscode';
import { Disposable } from './lifecycle';

const SECRET_KEY = 'taskOrchestrator.anthropicApiKey';

/**
 * The Anthropic API key: in SecretStorage, else the ANTHROPIC_API_KEY environment variable.
 * The key is never logged, shown or put in an error message.
 */
export class ApiKeyStore extends Disposable {
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly secrets: vscode.SecretStorage, private readonly env: NodeJS.ProcessEnv = process.env) {
    super();
    this._register(secrets.onDidChange((e) => {
      if (e.key === SECRET_KEY) this._onDidChange.fire();
    }));
  }

  async get(): Promise<string | undefined> {
    const stored = (await this.secrets.get(SECRET_KEY))?.trim();
    if (stored) return stored;
    const fromEnv = this.env.ANTHROPIC_API_KEY?.trim();
    return fromEnv ? fromEnv : undefined;
  }

  async store(key: string): Promise<void> {
    await this.secrets.store(SECRET_KEY, key.trim());
  }

  async clear(): Promise<void> {
    await this.secrets.delete(SECRET_KEY);
  }

  /** Asks for the key in a password box; true when one was stored. */
  async promptAndStore(): Promise<boolean> {
    const key = await vscode.window.showInputBox({
      title: 'Anthropic API Key',
      prompt: 'Stored in VS Code secret storage; used for model-backed coordinators.',
      placeHolder: 'sk-ant-…',
      password: true,
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim().length < 8 ? 'That does not look like an API key.' : undefined),
    });
    if (!key) return false;
    await this.store(key);
    void vscode.window.showInformationMessage('Anthropic API key saved.');
    return true;
  }

  async clearWithMessage(): Promise<void> {
    await this.clear();
    const envNote = this.env.ANTHROPIC_API_KEY ? ' ANTHROPIC_API_KEY is still set in the environment and will be used.' : '';
    void vscode.window.showInformationMessage(`Anthropic API key removed from secret storage.${envNote}`);
  }
}
