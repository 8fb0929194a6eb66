import { Api, TelegramClient } from "telegram";
import { _serverKeys } from "telegram/crypto/RSA.js";
import { PromisedNetSockets } from "telegram/extensions/index.js";
import { StringSession } from "telegram/sessions/index.js";
import { computeCheck } from "telegram/Password.js";
import { startLoopbackDc } from "./server.ts";

const dc = await startLoopbackDc({ log: (l) => console.log("[dc]", l) });
_serverKeys.set(dc.rsa.fingerprint, { n: dc.rsa.n, e: dc.rsa.e });
class Sock extends PromisedNetSockets {
  override async connect(_port: number, ip: string) { return super.connect(dc.port, ip); }
}
const session = new StringSession("");
session.setDC(2, "127.0.0.1", 443);
const client = new TelegramClient(session, 1, "x", { networkSocket: Sock as never, connectionRetries: 3, floodSleepThreshold: 0 });
client.setLogLevel("warn" as never);
const t0 = Date.now();
await client.connect();
console.log("connected", client.connected, Date.now() - t0, "ms");
const sent = await client.invoke(new Api.auth.SendCode({ phoneNumber: "+9996619001", apiId: 1, apiHash: "x", settings: new Api.CodeSettings({}) }));
console.log(sent.className);
try {
  await client.invoke(new Api.auth.SignIn({ phoneNumber: "+9996619001", phoneCodeHash: (sent as Api.auth.SentCode).phoneCodeHash, phoneCode: "11111" }));
} catch (e) { console.log("signIn error", (e as Error).message); }
const pw = await client.invoke(new Api.account.GetPassword());
const t1 = Date.now();
const auth = await client.invoke(new Api.auth.CheckPassword({ password: await computeCheck(pw, "loopback-2fa") }));
console.log("checkPassword", auth.className, Date.now() - t1, "ms");
const r = await client.invoke(new Api.messages.SendMessage({ peer: new Api.InputPeerSelf(), message: "hi", randomId: BigInt(5) as never }));
console.log(r.className);
const h = await client.invoke(new Api.messages.GetHistory({ peer: new Api.InputPeerSelf(), limit: 10 }));
console.log(h.className, (h as Api.messages.MessagesSlice).messages.map((m) => (m as Api.Message).message));
const res = await client.invoke(new Api.contacts.ResolveUsername({ username: "alice" }));
console.log(res.className);
console.log("session", client.session.save().length);
await client.destroy();
await dc.close();
