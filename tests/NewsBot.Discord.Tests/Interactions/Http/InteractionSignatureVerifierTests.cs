using System.Text;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Interactions.Http;

namespace NewsBot.Discord.Tests.Interactions.Http;

public sealed class InteractionSignatureVerifierTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":1,"id":"1","application_id":"2","token":"t","version":1}""");
    private readonly FakeTimeProvider _time = new(Now);
    private readonly SignedRequests _discord = new();
    private readonly InteractionSignatureVerifier _verifier;

    public InteractionSignatureVerifierTests()
    {
        Assert.True(InteractionSignatureVerifier.TryParsePublicKey(_discord.PublicKeyHex, out var key));
        _verifier = new InteractionSignatureVerifier(key, _time);
    }

    public void Dispose() => _discord.Dispose();

    [Fact]
    public void A_body_signed_with_the_applications_key_at_the_current_time_is_valid()
    {
        var timestamp = SignedRequests.Timestamp(Now);
        Assert.Equal(SignatureVerdict.Valid, _verifier.Verify(_discord.Sign(timestamp, Body), timestamp, Body));
        // Hex digits in either case, as headers may carry them.
        Assert.Equal(SignatureVerdict.Valid, _verifier.Verify(_discord.Sign(timestamp, Body).ToUpperInvariant(), timestamp, Body));
    }

    [Fact]
    public void A_body_changed_after_signing_is_refused()
    {
        var timestamp = SignedRequests.Timestamp(Now);
        var signature = _discord.Sign(timestamp, Body);
        var tampered = (byte[])Body.Clone();
        tampered[^2] ^= 1;
        Assert.Equal(SignatureVerdict.Wrong, _verifier.Verify(signature, timestamp, tampered));
        Assert.Equal(SignatureVerdict.Wrong, _verifier.Verify(signature, timestamp, [.. Body, (byte)' ']));
    }

    [Fact]
    public void A_signature_over_another_timestamp_is_refused()
    {
        var signature = _discord.Sign(SignedRequests.Timestamp(Now), Body);
        Assert.Equal(SignatureVerdict.Wrong, _verifier.Verify(signature, SignedRequests.Timestamp(Now.AddSeconds(1)), Body));
    }

    [Fact]
    public void A_signature_by_another_key_is_refused()
    {
        using var stranger = new SignedRequests();
        var timestamp = SignedRequests.Timestamp(Now);
        Assert.Equal(SignatureVerdict.Wrong, _verifier.Verify(stranger.Sign(timestamp, Body), timestamp, Body));
        Assert.Equal(SignatureVerdict.Wrong, _verifier.Verify(new string('0', 128), timestamp, Body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86_400)]
    public void A_correct_signature_at_a_time_more_than_five_minutes_away_is_refused_as_stale(int secondsAway)
    {
        var timestamp = SignedRequests.Timestamp(Now.AddSeconds(secondsAway));
        Assert.Equal(SignatureVerdict.Stale, _verifier.Verify(_discord.Sign(timestamp, Body), timestamp, Body));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void A_correct_signature_up_to_five_minutes_away_is_valid(int secondsAway)
    {
        var timestamp = SignedRequests.Timestamp(Now.AddSeconds(secondsAway));
        Assert.Equal(SignatureVerdict.Valid, _verifier.Verify(_discord.Sign(timestamp, Body), timestamp, Body));
    }

    [Theory]
    [InlineData(null, "1796580000")]
    [InlineData("", "1796580000")]
    [InlineData("ab", null)]
    [InlineData("ab", "")]
    public void Missing_headers_are_refused(string? signature, string? timestamp) =>
        Assert.Equal(SignatureVerdict.Missing, _verifier.Verify(signature, timestamp, Body));

    [Fact]
    public void A_signature_that_is_not_128_hex_digits_is_malformed()
    {
        var timestamp = SignedRequests.Timestamp(Now);
        var signature = _discord.Sign(timestamp, Body);
        Assert.Equal(SignatureVerdict.Malformed, _verifier.Verify(signature[..126], timestamp, Body));
        Assert.Equal(SignatureVerdict.Malformed, _verifier.Verify(signature + "00", timestamp, Body));
        Assert.Equal(SignatureVerdict.Malformed, _verifier.Verify("zz" + signature[2..], timestamp, Body));
        Assert.Equal(SignatureVerdict.Malformed, _verifier.Verify(" " + signature[1..], timestamp, Body));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-1796580000")]
    [InlineData("1796580000.5")]
    [InlineData(" 1796580000")]
    [InlineData("99999999999999999999999")]
    public void A_timestamp_that_is_not_whole_unix_seconds_is_malformed(string timestamp) =>
        Assert.Equal(SignatureVerdict.Malformed, _verifier.Verify(_discord.Sign(timestamp, Body), timestamp, Body));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("000000000000000000000000000000000000000000000000000000000000000000")]
    public void A_public_key_that_is_not_64_hex_digits_is_not_accepted(string? hex) =>
        Assert.False(InteractionSignatureVerifier.TryParsePublicKey(hex, out _));
}
