using Tandem.Web.Tokens;

namespace Tandem.Web.Tests.Tokens;

public sealed class SigningKeyScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(5);
    private static readonly SigningKeyOptions Options = new();

    [Fact]
    public void Plans_a_first_key_that_signs_from_now_when_the_table_is_empty()
    {
        var planned = SigningKeySchedule.Next([], Start, Options, TokenLifetime);

        Assert.NotNull(planned);
        Assert.Equal(Start + Options.SigningPeriod, planned.SignUntil);
        Assert.Equal(planned.SignUntil + TokenLifetime + Options.ClockSkew, planned.RetiresAt);
    }

    [Fact]
    public void Plans_nothing_while_the_newest_key_is_further_than_PublishAhead_from_its_end()
    {
        var current = Key("current", Start + Options.SigningPeriod);
        var justBefore = current.SignUntil - Options.PublishAhead - TimeSpan.FromSeconds(1);

        var planned = SigningKeySchedule.Next([current], justBefore, Options, TokenLifetime);

        Assert.Null(planned);
    }

    [Fact]
    public void Plans_the_successor_PublishAhead_before_the_current_key_stops_signing()
    {
        var current = Key("current", Start + Options.SigningPeriod);
        var windowOpens = current.SignUntil - Options.PublishAhead;

        var planned = SigningKeySchedule.Next([current], windowOpens, Options, TokenLifetime);

        Assert.NotNull(planned);
        Assert.Equal(SigningKeySchedule.SuccessorId("current"), planned.Id);
        Assert.Equal(current.SignUntil + Options.SigningPeriod, planned.SignUntil);
    }

    [Fact]
    public void Plans_a_successor_that_signs_from_now_after_every_key_stopped_signing()
    {
        var stale = Key("stale", Start);
        var now = Start + TimeSpan.FromDays(3);

        var planned = SigningKeySchedule.Next([stale], now, Options, TokenLifetime);

        Assert.NotNull(planned);
        Assert.Equal(SigningKeySchedule.SuccessorId("stale"), planned.Id);
        Assert.Equal(now + Options.SigningPeriod, planned.SignUntil);
    }

    [Fact]
    public void Two_instances_deciding_at_slightly_different_moments_plan_the_same_key_id()
    {
        var current = Key("current", Start + Options.SigningPeriod);
        var windowOpens = current.SignUntil - Options.PublishAhead;

        var first = SigningKeySchedule.Next([current], windowOpens, Options, TokenLifetime);
        var second = SigningKeySchedule.Next([current], windowOpens + TimeSpan.FromMinutes(7), Options, TokenLifetime);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Plans_nothing_once_the_successor_exists()
    {
        var current = Key("current", Start + Options.SigningPeriod);
        var next = Key(SigningKeySchedule.SuccessorId("current"), current.SignUntil + Options.SigningPeriod);

        Assert.Null(SigningKeySchedule.Next([current, next], current.SignUntil - TimeSpan.FromMinutes(1), Options,
            TokenLifetime));
    }

    [Fact]
    public void Signs_with_the_current_key_until_its_SignUntil_and_never_early_with_the_published_successor()
    {
        var current = Key("current", Start + Options.SigningPeriod);
        var next = Key("next", current.SignUntil + Options.SigningPeriod);

        var lastTick = current.SignUntil - TimeSpan.FromTicks(1);
        Assert.Equal("current", SigningKeySchedule.Signer([next, current], lastTick)?.Id);
        Assert.Equal("next", SigningKeySchedule.Signer([next, current], current.SignUntil)?.Id);
        Assert.Null(SigningKeySchedule.Signer([next, current], next.SignUntil));
    }

    [Fact]
    public void Instances_that_each_made_a_first_key_pick_the_same_signer()
    {
        var one = Key("b-key", Start + Options.SigningPeriod);
        var other = Key("a-key", Start + Options.SigningPeriod);

        Assert.Equal("a-key", SigningKeySchedule.Signer([one, other], Start)?.Id);
        Assert.Equal("a-key", SigningKeySchedule.Signer([other, one], Start)?.Id);
    }

    private static ScheduledKey Key(string id, DateTimeOffset signUntil) =>
        new(id, signUntil, signUntil + TokenLifetime + Options.ClockSkew);
}
