// Type-checked in the scratch consumer project (tsc --noEmit): the package's `types` export
// resolves and gives typed paths, bodies and frames to a TypeScript caller.
import { createClient, createRealtimeClient, type Update } from "@iambig/sdk";

const api = createClient({ baseUrl: "http://localhost:8787", token: "access token" });
export async function firstMessage(chatId: string): Promise<string | undefined> {
  const { data } = await api.GET("/api/v1/chats/{chatId}/messages", { params: { path: { chatId } } });
  return data?.data.messages[0]?.text;
}
// @ts-expect-error: the SDK knows this operation does not exist
api.GET("/api/v1/no-such-route");

const realtime = createRealtimeClient({ baseUrl: "http://localhost:8787", token: "access token" });
realtime.on("update", (update: Update) => {
  if (update.type === "newMessage") {
    const text: string | undefined = update.message.text ?? undefined;
    console.log(text);
  }
});
