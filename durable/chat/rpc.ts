// What the Worker may use of ChatDO besides the class itself: the push job its outbox puts on
// PUSH_QUEUE, which the Worker's queue consumer reads.
export { type PushJob, pushJobSchema } from "../push-job.ts";
