/**
 * Text with the password of every `scheme://user:password@host` replaced by `***`, so a
 * repository or API URI a user wrote with credentials never reaches a log, a message or a record.
 */
export declare function redactCredentials(text: string): string;
/** Whether a URI carries credentials in its userinfo part (`user:password@`, or `token@`). */
export declare function hasUserinfo(uri: string): boolean;
