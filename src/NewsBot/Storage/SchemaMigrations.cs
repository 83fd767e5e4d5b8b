namespace NewsBot.Storage;

/// <summary>Every schema version, in order. Never edit a shipped version; add a new one.</summary>
internal static class SchemaMigrations
{
    public static IEnumerable<(int Version, string[] Statements)> All(SqlDatabase database)
    {
        yield return (1,
        [
            """
            CREATE TABLE guild_settings (
                guild_id BIGINT PRIMARY KEY,
                announcement_channel_id BIGINT NULL,
                ping_role_id BIGINT NULL,
                reminder_offsets TEXT NOT NULL,
                language TEXT NOT NULL,
                mirror_events INTEGER NOT NULL,
                updated_at BIGINT NOT NULL,
                updated_by BIGINT NOT NULL)
            """,
            $"""
            CREATE TABLE settings_changes (
                id {database.IdentityColumn},
                guild_id BIGINT NOT NULL,
                changed_by BIGINT NOT NULL,
                changed_at BIGINT NOT NULL,
                change TEXT NOT NULL)
            """,
            "CREATE INDEX ix_settings_changes_guild ON settings_changes (guild_id, changed_at)",
            """
            CREATE TABLE announcements (
                stream_key TEXT NOT NULL,
                guild_id BIGINT NOT NULL,
                offset_seconds BIGINT NOT NULL,
                discussion_id TEXT NOT NULL,
                starts_at BIGINT NOT NULL,
                ends_at BIGINT NULL,
                due_at BIGINT NOT NULL,
                state TEXT NOT NULL,
                nonce TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_at BIGINT NOT NULL,
                claimed_at BIGINT NULL,
                channel_id BIGINT NULL,
                message_id BIGINT NULL,
                reason TEXT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (stream_key, guild_id, offset_seconds))
            """,
            "CREATE INDEX ix_announcements_open ON announcements (state, next_attempt_at)",
            "CREATE INDEX ix_announcements_guild ON announcements (guild_id, state, updated_at)",
            """
            CREATE TABLE mirrored_events (
                guild_id BIGINT NOT NULL,
                mirror_key TEXT NOT NULL,
                event_id BIGINT NULL,
                fingerprint TEXT NOT NULL,
                ends_at BIGINT NOT NULL,
                state TEXT NOT NULL,
                reason TEXT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (guild_id, mirror_key))
            """,
        ]);

        // Claims record their holder (instance id + run), so a restarted instance takes over its own interrupted claims at
        // once, and the first claim's time, by which a step's usefulness is judged. Rows claimed before have no holder (they
        // are taken over after the lease, as then); their last claim stands in for the first, which it never precedes.
        yield return (2,
        [
            "ALTER TABLE announcements ADD COLUMN first_claimed_at BIGINT NULL",
            "ALTER TABLE announcements ADD COLUMN claim_instance TEXT NULL",
            "ALTER TABLE announcements ADD COLUMN claim_run TEXT NULL",
            "UPDATE announcements SET first_claimed_at = claimed_at WHERE claimed_at IS NOT NULL",
            """
            CREATE TABLE announcement_instances (
                instance_id TEXT PRIMARY KEY,
                run_id TEXT NOT NULL,
                started_at BIGINT NOT NULL)
            """,
        ]);

        // Discussions a server's moderators add from Discord, each only that server's, kept as the document they gave (read
        // again on every load, like a file), and the previews waiting for Save or Cancel (stored so a restart keeps them).
        yield return (3,
        [
            """
            CREATE TABLE guild_discussions (
                guild_id BIGINT NOT NULL,
                discussion_id TEXT NOT NULL,
                format TEXT NOT NULL,
                origin TEXT NOT NULL,
                source TEXT NOT NULL,
                content TEXT NOT NULL,
                added_by BIGINT NOT NULL,
                added_at BIGINT NOT NULL,
                PRIMARY KEY (guild_id, discussion_id))
            """,
            """
            CREATE TABLE discussion_previews (
                preview_key TEXT PRIMARY KEY,
                guild_id BIGINT NOT NULL,
                discussion_id TEXT NOT NULL,
                format TEXT NOT NULL,
                origin TEXT NOT NULL,
                source TEXT NOT NULL,
                content TEXT NOT NULL,
                added_by BIGINT NOT NULL,
                added_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL)
            """,
            "CREATE INDEX ix_discussion_previews_expiry ON discussion_previews (expires_at)",
        ]);

        // Streams moderators schedule from Discord: seen and announced only in their guild. The key stays when a stream is
        // moved, so its mirrored event is updated rather than replaced.
        yield return (4,
        [
            """
            CREATE TABLE guild_streams (
                guild_id BIGINT NOT NULL,
                stream_key TEXT NOT NULL,
                discussion_id TEXT NOT NULL,
                starts_at BIGINT NOT NULL,
                ends_at BIGINT NULL,
                link TEXT NULL,
                time_zone TEXT NOT NULL,
                created_by BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_by BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (guild_id, stream_key))
            """,
            "CREATE INDEX ix_guild_streams_starts ON guild_streams (starts_at)",
        ]);

        // The live companion: per-guild switches, one live thread per (stream, guild) with its recap, audience questions
        // and their votes. One vote per member and question is the primary key, so concurrent votes count exactly.
        yield return (5,
        [
            """
            CREATE TABLE companion_settings (
                guild_id BIGINT PRIMARY KEY,
                live_thread INTEGER NOT NULL,
                moderator_channel_id BIGINT NULL,
                updated_at BIGINT NOT NULL,
                updated_by BIGINT NOT NULL)
            """,
            """
            CREATE TABLE live_threads (
                stream_key TEXT NOT NULL,
                guild_id BIGINT NOT NULL,
                discussion_id TEXT NOT NULL,
                starts_at BIGINT NOT NULL,
                ends_at BIGINT NOT NULL,
                channel_id BIGINT NOT NULL,
                announcement_message_id BIGINT NOT NULL,
                thread_id BIGINT NULL,
                link TEXT NULL,
                state TEXT NOT NULL,
                recap_state TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                claimed_at BIGINT NULL,
                reason TEXT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (stream_key, guild_id))
            """,
            "CREATE INDEX ix_live_threads_state ON live_threads (state, recap_state)",
            $"""
            CREATE TABLE audience_questions (
                id {database.IdentityColumn},
                stream_key TEXT NOT NULL,
                guild_id BIGINT NOT NULL,
                member_id BIGINT NOT NULL,
                member_name TEXT NOT NULL,
                text TEXT NOT NULL,
                panelist TEXT NULL,
                state TEXT NOT NULL,
                asked_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                similar_to BIGINT NULL,
                merged INTEGER NOT NULL,
                queue_message_id BIGINT NULL,
                thread_message_id BIGINT NULL,
                shown_votes INTEGER NOT NULL,
                decided_by BIGINT NULL)
            """,
            "CREATE INDEX ix_audience_questions_stream ON audience_questions (guild_id, stream_key, state)",
            "CREATE INDEX ix_audience_questions_member ON audience_questions (guild_id, stream_key, member_id, asked_at)",
            """
            CREATE TABLE question_votes (
                question_id BIGINT NOT NULL,
                member_id BIGINT NOT NULL,
                voted_at BIGINT NOT NULL,
                PRIMARY KEY (question_id, member_id))
            """,
        ]);

        // Feeds a server's moderators follow: one row per server and URL with what the next conditional poll sends, when it
        // is due, how it failed, and who polls it now (a claim with a lease, so one instance at a time polls a feed); and the
        // items already seen, by id and by link, so an item is taken once and a new feed's backlog never.
        // (Version 6: versions 4 and 5 belong to other branches.)
        yield return (6,
        [
            """
            CREATE TABLE guild_feeds (
                guild_id BIGINT NOT NULL,
                url TEXT NOT NULL,
                added_by BIGINT NOT NULL,
                added_at BIGINT NOT NULL,
                etag TEXT NULL,
                last_modified TEXT NULL,
                next_poll_at BIGINT NOT NULL,
                polled_at BIGINT NULL,
                failures INTEGER NOT NULL,
                last_error TEXT NULL,
                claim_holder TEXT NULL,
                claim_until BIGINT NULL,
                PRIMARY KEY (guild_id, url))
            """,
            "CREATE INDEX ix_guild_feeds_due ON guild_feeds (next_poll_at)",
            """
            CREATE TABLE guild_feed_items (
                guild_id BIGINT NOT NULL,
                url TEXT NOT NULL,
                item_key TEXT NOT NULL,
                seen_at BIGINT NOT NULL,
                PRIMARY KEY (guild_id, url, item_key))
            """,
        ]);

        // The recap stays open while the audience may still ask (the question window after the end): its message is kept
        // so it can be edited as late questions come and are moderated, and the CSV follows when the window closes
        // (recap 'final'). A recap posted before this version had its CSV already: it is final.
        yield return (7,
        [
            "ALTER TABLE live_threads ADD COLUMN recap_message_id BIGINT NULL",
            "UPDATE live_threads SET recap_state = 'final' WHERE recap_state = 'posted'",
        ]);

        // A server's own time zone (null: Schedule:DefaultTimeZone), in which /streams reads a start typed without one; a feed
        // item's page fetch that failed for a passing reason (timeout, 5xx) is tried again at later polls, its attempts counted
        // here until it works or is given up; seen items are pruned by when a poll last saw them in the feed.
        yield return (8,
        [
            "ALTER TABLE guild_settings ADD COLUMN time_zone TEXT NULL",
            """
            CREATE TABLE guild_feed_item_attempts (
                guild_id BIGINT NOT NULL,
                url TEXT NOT NULL,
                item_key TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                last_error TEXT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (guild_id, url, item_key))
            """,
            "CREATE INDEX ix_guild_feed_items_seen ON guild_feed_items (guild_id, url, seen_at)",
        ]);
    }
}
