// `pulumi up` entry point: every value createStack returns is a stack output
// (`pulumi stack output --json`, read by `npm run infra:sync`).
import { createStack } from "./program";

const outputs = createStack();

export const stack = outputs.stack;
export const worker = outputs.worker;
export const d1DatabaseId = outputs.d1DatabaseId;
export const d1DatabaseName = outputs.d1DatabaseName;
export const kvNamespaceId = outputs.kvNamespaceId;
export const kvNamespaceTitle = outputs.kvNamespaceTitle;
export const r2Bucket = outputs.r2Bucket;
export const pushQueue = outputs.pushQueue;
export const pushDeadLetterQueue = outputs.pushDeadLetterQueue;
export const docsWorker = outputs.docsWorker;
export const docsUrl = outputs.docsUrl;
export const apiUrl = outputs.apiUrl;
export const workerSecrets = outputs.workerSecrets;
