import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BaseError } from '../errors/BaseError';

export type StartAnvilParameters = {
  /** Genesis block timestamp (unix seconds); later blocks follow the wall clock from there. */
  timestamp?: number;
  /** 0 (default) lets the OS pick a free port. */
  port?: number;
  /** Seconds to wait for the `Listening on` line (default 20). */
  timeoutSeconds?: number;
};
export type StartAnvilReturnType = {
  /** `http://127.0.0.1:<port>` */
  rpcUrl: string;
  port: number;
  pid: number;
  /** Kills the anvil process (SIGTERM) and resolves when it has exited. Idempotent. */
  stop: () => Promise<void>;
};
export type StartAnvilErrorType = BaseError;

const NPM_ANVIL = fileURLToPath(
  new URL('../../../node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil', import.meta.url),
);

/** The anvil binary: the npm platform package (DESIGN.md "Stack"), else an `anvil` on PATH. */
export function anvilBinary(): string {
  return existsSync(NPM_ANVIL) ? NPM_ANVIL : 'anvil';
}

/**
 * Spawns anvil on 127.0.0.1 with a port the OS picks, and resolves once it listens.
 *
 * @example
 * const anvil = await startAnvil({ timestamp: 1776248687 });
 * anvil.rpcUrl; // 'http://127.0.0.1:37687'
 * await anvil.stop();
 */
export function startAnvil(parameters: StartAnvilParameters = {}): Promise<StartAnvilReturnType> {
  const { timestamp, port = 0, timeoutSeconds = 20 } = parameters;
  const args = ['--host', '127.0.0.1', '--port', String(port)];
  if (timestamp !== undefined) args.push('--timestamp', String(timestamp));
  const child = spawn(anvilBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Never leave an orphan chain behind when the parent exits without calling stop().
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    let started = false;
    const fail = (problem: string, cause?: unknown) => {
      clearTimeout(timer);
      void stop();
      reject(
        new BaseError('Could not start anvil.', {
          code: 'ANVIL_START',
          details: [problem, ...output.trim().split('\n').slice(-5)],
          metaMessages: [
            'Install @foundry-rs/anvil-linux-amd64 (npm ci) or put Foundry’s anvil on PATH.',
          ],
          cause,
        }),
      );
    };
    const timer = setTimeout(
      () => fail(`no "Listening on" line after ${timeoutSeconds} s`),
      timeoutSeconds * 1000,
    );
    const onData = (chunk: Buffer) => {
      // Anvil logs every RPC call: keep draining stdout so its pipe never fills, but stop keeping it.
      output += chunk.toString();
      const match = /Listening on ([\d.]+):(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.resume();
      started = true;
      const listening = Number(match[2]);
      resolve({
        rpcUrl: `http://${match[1]}:${listening}`,
        port: listening,
        pid: child.pid!,
        stop,
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      if (!started) output += chunk.toString();
    });
    child.once('error', (error) => fail(`spawn ${anvilBinary()}: ${error.message}`, error));
    child.once('exit', (code, signal) =>
      fail(`anvil exited early (code ${code}, signal ${signal})`),
    );
  });
}
