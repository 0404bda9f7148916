import browser from './browser';
import type { Message, MessageType, Response } from './messages';

/** Typed runtime.sendMessage: the response type follows from the message type. */
export function sendMessage<T extends MessageType>(message: Message<T>): Promise<Response<T>> {
  return browser.runtime.sendMessage(message) as Promise<Response<T>>;
}
