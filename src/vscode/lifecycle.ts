import type * as vscode from 'vscode';

/** Owns disposables; a class registers what it creates with `_register` and frees them all at once. */
export abstract class Disposable implements vscode.Disposable {
  private readonly _disposables: vscode.Disposable[] = [];
  private _isDisposed = false;

  protected get isDisposed(): boolean {
    return this._isDisposed;
  }

  protected _register<T extends vscode.Disposable>(disposable: T): T {
    if (this._isDisposed) disposable.dispose();
    else this._disposables.push(disposable);
    return disposable;
  }

  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    for (const d of this._disposables.splice(0).reverse()) {
      try {
        d.dispose();
      } catch {
        // Disposing the rest matters more than one failure on shutdown.
      }
    }
  }
}

export function toDisposable(dispose: () => void): vscode.Disposable {
  return { dispose };
}
