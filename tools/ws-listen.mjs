// `npm run ws -- <access token> [--until <frame type>] [--url http://localhost:8787]`: opens the
// realtime WebSocket as that user and prints every frame it receives, one JSON line each (the
// README's curl walkthrough uses it as the second user's socket). It sends `sync` first, so the
// first line is `synced`. With --until it exits after the first frame of that type (or fails
// after 15 s); without, it runs until Ctrl-C.
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const token = args.find((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!token) {
  console.error("usage: npm run ws -- <access token> [--until newMessage] [--url http://localhost:8787]");
  process.exit(2);
}
const until = option("--until");
const base = new URL(option("--url") ?? `http://localhost:${process.env.PORT ?? 8787}`);
base.protocol = base.protocol === "https:" ? "wss:" : "ws:";

const socket = new WebSocket(new URL("/api/v1/ws", base), ["big.v1", `bearer.${token}`]);
socket.addEventListener("open", () => socket.send(JSON.stringify({ type: "sync" })));
socket.addEventListener("message", (event) => {
  console.log(String(event.data));
  if (until && JSON.parse(String(event.data)).type === until) {
    socket.close(1000);
    process.exit(0);
  }
});
socket.addEventListener("close", (event) => {
  console.error(`socket closed (${event.code}${event.reason ? ` ${event.reason}` : ""})`);
  process.exit(event.code === 1000 ? 0 : 1);
});
if (until) {
  setTimeout(() => {
    console.error(`no ${until} frame within 15 s`);
    process.exit(1);
  }, 15_000).unref();
}
