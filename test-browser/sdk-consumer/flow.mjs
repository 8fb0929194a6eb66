// The first program a third party writes with the SDK: two users sign in with test numbers, one
// opens a dialog and sends, the other receives it over the realtime client (and acknowledges it:
// the sender sees "delivered"), then refreshes its tokens. Plain JavaScript, no Node API: the Node
// consumer (consumer.mjs) and the browser page of test-browser/sdk-package.test.ts both run it.
import { createClient, createRealtimeClient, memoryTokenStore } from "@iambig/sdk";

async function signIn(baseUrl, code, runtime, phone) {
  const session = memoryTokenStore();
  const api = createClient({ baseUrl, session });
  const sent = await api.POST("/api/v1/auth/code", { body: { phone } });
  if (!sent.data) throw new Error(`auth/code ${sent.response.status}: ${JSON.stringify(sent.error)}`);
  const verified = await api.POST("/api/v1/auth/verify", {
    body: { phone, code, device: { name: `sdk consumer ${runtime}`, platform: "other" } },
  });
  if (!verified.data) throw new Error(`auth/verify ${verified.response.status}: ${JSON.stringify(verified.error)}`);
  return { api, session, user: verified.data.data.user };
}

/**
 * @param {{ baseUrl: string, phoneA: string, phoneB: string, code: string, runtime: string, WebSocket?: any }} input
 * @returns {Promise<Record<string, unknown>>} what happened, for the test to check
 */
export async function run({ baseUrl, phoneA, phoneB, code, runtime, WebSocket }) {
  const report = {};
  const alice = await signIn(baseUrl, code, runtime, phoneA);
  const bob = await signIn(baseUrl, code, runtime, phoneB);

  const dialog = await alice.api.POST("/api/v1/chats/dialogs", { body: { userId: bob.user.id } });
  const chatId = dialog.data.data.chat.id;

  const realtime = createRealtimeClient({
    baseUrl,
    token: async () => (await bob.session.get())?.accessToken,
    WebSocket,
    ackDelayMs: 20,
  });
  const received = new Promise((resolve) =>
    realtime.on("update", (update) => update.type === "newMessage" && resolve(update.message.text)),
  );
  const synced = new Promise((resolve) => realtime.on("synced", resolve));
  realtime.start();
  await synced;
  await alice.api.POST("/api/v1/chats/{chatId}/messages", {
    params: { path: { chatId } },
    body: { clientMessageId: `consumer-${runtime}`, text: `hello from ${runtime}` },
  });
  report.received = await received;

  // Bob's client acknowledged it: Alice sees her message delivered.
  for (let i = 0; i < 100 && report.status !== "delivered"; i++) {
    const history = await alice.api.GET("/api/v1/chats/{chatId}/messages", { params: { path: { chatId } } });
    report.status = history.data.data.messages[0]?.status;
    if (report.status !== "delivered") await new Promise((resolve) => setTimeout(resolve, 50));
  }
  realtime.close();

  // Refresh: new tokens are kept by the session store and the next call uses them.
  const before = await bob.session.get();
  const refreshed = await bob.api.POST("/api/v1/auth/refresh", { body: { refreshToken: before.refreshToken } });
  const after = await bob.session.get();
  report.refreshed = refreshed.response.status === 200 && after.refreshToken !== before.refreshToken;
  const me = await bob.api.GET("/api/v1/me");
  report.meAfterRefresh = me.data?.data.id === bob.user.id;
  return report;
}
