// OpenAI rejects a `user` longer than 64 characters, and Claude Code's metadata.user_id (a JSON string
// of device, account and session ids) is longer. The id only helps abuse monitoring, so a long one is
// left out rather than cut into a different id. Shared by both OpenAI formats.

const maxUserLength = 64;

export const openAiUser = (user: string | undefined): string | undefined =>
  user !== undefined && user.length <= maxUserLength ? user : undefined;
