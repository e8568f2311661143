/**
 * The built site served by `vite preview` for a benchmark: started on a port, ready once it
 * answers, stopped with its child processes (npx starts vite as a child).
 */
import { spawn } from 'node:child_process';

export interface PreviewServer {
	origin: string;
	stop(): void;
}

/** Starts `vite preview` on `port` and waits until the start page answers. */
export async function startPreview(port: number): Promise<PreviewServer> {
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn(
		'npx',
		['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ stdio: 'ignore', detached: true }
	);
	const stop = () => {
		try {
			if (server.pid) process.kill(-server.pid);
		} catch {
			// already gone
		}
	};
	process.on('exit', stop);
	for (let attempt = 0; ; attempt++) {
		try {
			if ((await fetch(`${origin}/`)).ok) break;
		} catch {
			if (attempt > 100) {
				stop();
				throw new Error(`vite preview did not start on port ${port}`);
			}
		}
		await new Promise((done) => setTimeout(done, 200));
	}
	return { origin, stop };
}
