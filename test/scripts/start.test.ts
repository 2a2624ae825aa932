import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
import { join } from "node:path";

const START = join(__dirname, "..", "..", "scripts", "start.js");

describe("npm start (scripts/start.js)", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("a port already in use ends at once with one line naming the port and PORT, not a stack trace", () => {
    const r = spawnSync(process.execPath, [START], {
      env: { ...process.env, PORT: String(port) },
      encoding: "utf8",
      timeout: 20000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `npm start failed: port ${port} is already in use (is another npm start running?). Stop it, or pick another port: PORT=3001 npm start`,
    );
    expect(r.stdout).not.toContain("compiled");
  });
});
