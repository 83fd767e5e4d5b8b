using System.Data.Common;
using NewsBot.Storage;

namespace NewsBot.Companion.Questions;

/// <summary>The <c>audience_questions</c> and <c>question_votes</c> tables, on SQLite or PostgreSQL.</summary>
internal sealed class SqlQuestionStore : IQuestionStore
{
    /// <summary>At most this many votes in one transaction (three parameters each, far below either engine's limit).</summary>
    private const int VotesPerBatch = 256;

    private readonly SqlDatabase _database;
    private readonly GroupCommit<VoteRequest, VoteResult> _votes;

    public SqlQuestionStore(SqlDatabase database)
    {
        _database = database;
        _votes = new GroupCommit<VoteRequest, VoteResult>(WriteVotesAsync, VotesPerBatch);
    }

    private const string Columns =
        "q.id, q.stream_key, q.guild_id, q.member_id, q.text, q.panelist, q.state, q.asked_at, q.similar_to, q.merged, " +
        "q.queue_message_id, q.thread_message_id, q.shown_votes, (SELECT COUNT(*) FROM question_votes v WHERE v.question_id = q.id)";

    public async Task<AskOutcome> AskAsync(NewQuestion question, DateTimeOffset now, TimeSpan cooldown, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var normalized = QuestionText.Normalize(question.Text);
        DateTimeOffset? last = null;
        long? same = null;
        await using (var command = connection.Command(transaction,
            "SELECT id, text, asked_at FROM audience_questions WHERE guild_id = @guild AND stream_key = @stream AND member_id = @member",
            ("guild", question.GuildId.ToDb()), ("stream", question.StreamKey), ("member", question.MemberId.ToDb())))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (same is null && QuestionText.Normalize(reader.GetString(1)) == normalized)
                    same = reader.GetInt64(0);
                var at = reader.GetInstant(2);
                last = last is null || at > last ? at : last;
            }
        }

        AskOutcome outcome;
        if (same is { } id)
        {
            await connection.ExecuteAsync(transaction, "UPDATE audience_questions SET merged = merged + 1, updated_at = @now WHERE id = @id",
                cancellationToken, ("id", id), ("now", now.ToDb()));
            outcome = new AskOutcome.Merged(id);
        }
        else if (last is { } previous && previous + cooldown > now)
            outcome = new AskOutcome.TooSoon(previous + cooldown);
        else
        {
            await using var insert = connection.Command(transaction,
                """
                INSERT INTO audience_questions (stream_key, guild_id, member_id, member_name, text, panelist, state, asked_at, updated_at,
                    similar_to, merged, queue_message_id, thread_message_id, shown_votes, decided_by)
                VALUES (@stream, @guild, @member, '', @text, @panelist, 'pending', @now, @now, @similar, 0, NULL, NULL, 0, NULL)
                RETURNING id
                """,
                ("stream", question.StreamKey), ("guild", question.GuildId.ToDb()), ("member", question.MemberId.ToDb()), ("text", question.Text),
                ("panelist", question.Panelist), ("now", now.ToDb()), ("similar", question.SimilarTo));
            outcome = new AskOutcome.Added(Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture));
        }

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    public async Task<AudienceQuestion?> GetAsync(long id, CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {Columns} FROM audience_questions q WHERE q.id = @id", [("id", id)], cancellationToken) is [var one, ..] ? one : null;

    public Task<IReadOnlyList<AudienceQuestion>> ListAsync(ulong guildId, string streamKey, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM audience_questions q WHERE q.guild_id = @guild AND q.stream_key = @stream ORDER BY q.id",
            [("guild", guildId.ToDb()), ("stream", streamKey)], cancellationToken);

    public Task<IReadOnlyList<AudienceQuestion>> ListUnpostedAsync(CancellationToken cancellationToken) =>
        QueryAsync($"""
            SELECT {Columns} FROM audience_questions q
            WHERE q.queue_message_id IS NULL OR (q.state IN ('approved', 'answered') AND q.thread_message_id IS NULL)
            ORDER BY q.id
            """, [], cancellationToken);

    public Task<IReadOnlyList<AudienceQuestion>> ListStaleCountsAsync(CancellationToken cancellationToken) =>
        QueryAsync($"""
            SELECT {Columns} FROM audience_questions q
            WHERE q.thread_message_id IS NOT NULL AND q.shown_votes <> (SELECT COUNT(*) FROM question_votes v WHERE v.question_id = q.id)
            ORDER BY q.id
            """, [], cancellationToken);

    public async Task<bool> DecideAsync(
        long id, IReadOnlyCollection<QuestionState> from, QuestionState target, ulong decidedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var states = string.Join(", ", from.Select(s => $"'{s.ToString().ToLowerInvariant()}'"));
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null,
            $"UPDATE audience_questions SET state = @to, decided_by = @by, updated_at = @now WHERE id = @id AND state IN ({states})",
            cancellationToken, ("id", id), ("to", target.ToString().ToLowerInvariant()), ("by", decidedBy.ToDb()), ("now", now.ToDb())) == 1;
    }

    public Task SetQueueMessageAsync(long id, ulong messageId, CancellationToken cancellationToken) =>
        SetAsync(id, "queue_message_id = @value", messageId.ToDb(), cancellationToken);

    public Task SetThreadMessageAsync(long id, ulong messageId, CancellationToken cancellationToken) =>
        SetAsync(id, "thread_message_id = @value", messageId.ToDb(), cancellationToken);

    public Task<VoteResult> VoteAsync(VoteRequest vote, CancellationToken cancellationToken) => _votes.SubmitAsync(vote, cancellationToken);

    /// <summary>
    /// The votes that arrived together, in one command (one round trip; the INSERT is one statement, so one transaction
    /// and one fsync): the questions they are for are read (key columns only, no count), and one multi-row INSERT takes
    /// every vote whose question is approved or answered in the voter's guild, its primary key (question, member)
    /// dropping a member's second vote; RETURNING says which were new.
    /// </summary>
    private async Task<IReadOnlyList<VoteResult>> WriteVotesAsync(IReadOnlyList<VoteRequest> votes)
    {
        var ids = votes.Select(v => v.QuestionId).Distinct().ToArray();
        var distinct = new List<VoteRequest>(votes.Count);
        var inBatch = new HashSet<(long, ulong, ulong)>();
        foreach (var vote in votes)
        {
            if (inBatch.Add((vote.QuestionId, vote.MemberId, vote.GuildId)))
                distinct.Add(vote);
        }
        var values = string.Join(", ", distinct.Select((_, i) => $"(@q{i}, @m{i}, @t{i}, @g{i})"));
        (string, object?)[] parameters =
        [
            .. ids.Select((id, i) => ($"id{i}", (object?)id)),
            .. distinct.SelectMany((v, i) => new (string, object?)[] { ($"q{i}", v.QuestionId), ($"m{i}", v.MemberId.ToDb()), ($"t{i}", v.At.ToDb()), ($"g{i}", v.GuildId.ToDb()) }),
        ];
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command(null,
            $"""
            SELECT id, stream_key, guild_id, state, thread_message_id FROM audience_questions WHERE id IN ({string.Join(", ", ids.Select((_, i) => $"@id{i}"))});
            INSERT INTO question_votes (question_id, member_id, voted_at)
            SELECT v.column1, v.column2, v.column3 FROM (VALUES {values}) AS v
            JOIN audience_questions q ON q.id = v.column1
            WHERE q.guild_id = v.column4 AND q.state IN ('approved', 'answered')
            ON CONFLICT (question_id, member_id) DO NOTHING
            RETURNING question_id, member_id
            """,
            parameters);
        var questions = new Dictionary<long, (QuestionRef Question, bool Open)>();
        var inserted = new HashSet<(long, ulong)>();
        await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
        {
            while (await reader.ReadAsync(CancellationToken.None))
            {
                var question = new QuestionRef(reader.GetInt64(0), reader.GetString(1), reader.GetSnowflake(2), reader.GetNullableSnowflake(4));
                questions[question.Id] = (question, reader.GetString(3) is "approved" or "answered");
            }
            await reader.NextResultAsync(CancellationToken.None);
            while (await reader.ReadAsync(CancellationToken.None))
                inserted.Add((reader.GetInt64(0), reader.GetSnowflake(1)));
        }

        var answered = new HashSet<(long, ulong)>();
        return [.. votes.Select(vote =>
        {
            if (!questions.TryGetValue(vote.QuestionId, out var target) || target.Question.GuildId != vote.GuildId || !target.Open)
                return new VoteResult(VoteOutcome.QuestionGone, null);
            // A member's vote counted in this batch counts once: a second press in the same batch is "already voted".
            var counted = inserted.Contains((vote.QuestionId, vote.MemberId)) && answered.Add((vote.QuestionId, vote.MemberId));
            return new VoteResult(counted ? VoteOutcome.Counted : VoteOutcome.AlreadyVoted, target.Question);
        })];
    }

    public async Task<int> CountVotesAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT COUNT(*) FROM question_votes WHERE question_id = @id", ("id", id));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task SetShownVotesAsync(long id, int votes, CancellationToken cancellationToken) =>
        SetAsync(id, "shown_votes = @value", votes, cancellationToken);

    private async Task SetAsync(long id, string set, object value, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, $"UPDATE audience_questions SET {set} WHERE id = @id", cancellationToken, ("id", id), ("value", value));
    }

    private async Task<IReadOnlyList<AudienceQuestion>> QueryAsync(string sql, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<AudienceQuestion>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(Read(reader));
        return rows;
    }

    private static AudienceQuestion Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetSnowflake(2),
        reader.GetSnowflake(3),
        reader.GetString(4),
        reader.GetNullableString(5),
        Enum.Parse<QuestionState>(reader.GetString(6), ignoreCase: true),
        reader.GetInstant(7),
        reader.IsDBNull(8) ? null : reader.GetInt64(8),
        reader.GetInt32(9),
        reader.GetNullableSnowflake(10),
        reader.GetNullableSnowflake(11),
        reader.GetInt32(12),
        Convert.ToInt32(reader.GetValue(13), System.Globalization.CultureInfo.InvariantCulture));
}
