import { defineErrors } from '../../platform/errors.ts';

export const notificationErrors = defineErrors({
  INBOX_NEEDS_USER: { status: 400, zh: '消息中心只对登录用户开放', en: 'The inbox belongs to a signed-in user' },
  MESSAGE_NOT_FOUND: { status: 404, zh: '没有消息 {messageId}', en: 'No message {messageId}' },
});
