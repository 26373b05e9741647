using IncidentWorkflows.Incidents.Tickets;
using IncidentWorkflows.Incidents.Triage;

namespace IncidentWorkflows.Incidents.Tests.Triage;

/// <summary>One test per criterion of the priority matrix (process.md §3), plus its boundaries and gaps.</summary>
public class PriorityMatrixTests
{
    [Fact]
    public void Assess_MoreThanHalfOfRecipientUsersCannotWork_IsP1()
    {
        var result = PriorityMatrix.Assess(new PriorityFacts { UsersUnableToWork = 51, RecipientUserCount = 100 });

        Assert.Equal((Priority.P1, TriageCriteria.P1MajorityOfRecipientUsers), (result.Priority, result.Criterion));
        Assert.Equal("P1 because 51 of the recipient's 100 users cannot work (more than 50 %).", result.Explanation);
    }

    [Fact]
    public void Assess_AreasOutsideRecipientAffected_IsP1()
    {
        var result = PriorityMatrix.Assess(new PriorityFacts { AreasOutsideRecipientAffected = true });

        Assert.Equal((Priority.P1, TriageCriteria.P1OutsideRecipient), (result.Priority, result.Criterion));
    }

    [Fact]
    public void Assess_MoreThanTenButAtMostHalfCannotWork_IsP2()
    {
        var result = PriorityMatrix.Assess(new PriorityFacts { UsersUnableToWork = 50, RecipientUserCount = 100 });

        Assert.Equal((Priority.P2, TriageCriteria.P2MoreThanTenUsers), (result.Priority, result.Criterion));
    }

    [Fact]
    public void Assess_NamedPowerUserCannotWorkAndBusinessUnitAffected_IsP2()
    {
        var result = PriorityMatrix.Assess(new PriorityFacts { UsersUnableToWork = 1, NamedPowerUserUnableToWork = true, BusinessUnitAffected = true });

        Assert.Equal((Priority.P2, TriageCriteria.P2PowerUserAndBusinessUnit), (result.Priority, result.Criterion));
    }

    [Theory]
    [InlineData(1, null, TriageCriteria.P3SingleUser)]
    [InlineData(9, null, TriageCriteria.P3FewerThanTenUsers)]
    [InlineData(10, 40, TriageCriteria.P3AtMostAQuarterOfUsers)]
    [InlineData(10, 25, TriageCriteria.P3UsersUnableToWork)]
    [InlineData(10, null, TriageCriteria.P3UsersUnableToWork)]
    public void Assess_SingleUserOrFewUsersCannotWork_IsP3(int users, int? recipientUsers, string criterion)
    {
        var result = PriorityMatrix.Assess(new PriorityFacts { UsersUnableToWork = users, RecipientUserCount = recipientUsers });

        Assert.Equal((Priority.P3, criterion), (result.Priority, result.Criterion));
    }

    [Fact]
    public void Assess_NamedPowerUserCannotWorkWithoutBusinessUnit_IsP3AsASingleUser()
    {
        var result = PriorityMatrix.Assess(new PriorityFacts { NamedPowerUserUnableToWork = true });

        Assert.Equal((Priority.P3, TriageCriteria.P3SingleUser), (result.Priority, result.Criterion));
    }

    [Fact]
    public void Assess_SingleUserReducedFunctionalityWithWorkaround_IsP4()
    {
        var result = PriorityMatrix.Assess(new PriorityFacts { SingleUserReducedFunctionalityWithWorkaround = true });

        Assert.Equal((Priority.P4, TriageCriteria.P4ReducedFunctionalityWithWorkaround), (result.Priority, result.Criterion));
    }

    [Fact]
    public void Assess_NobodyBlocked_IsP4()
    {
        Assert.Equal(TriageCriteria.P4NoUserBlocked, PriorityMatrix.Assess(new PriorityFacts()).Criterion);
    }

    [Theory]
    [InlineData(6, 10, Priority.P1)]
    [InlineData(5, 10, Priority.P3)]
    [InlineData(11, 20, Priority.P1)]
    [InlineData(11, 22, Priority.P2)]
    [InlineData(11, null, Priority.P2)]
    public void Assess_ShareAndCountBoundaries_FollowTheMatrix(int users, int? recipientUsers, Priority expected)
    {
        Assert.Equal(expected, PriorityMatrix.Assess(new PriorityFacts { UsersUnableToWork = users, RecipientUserCount = recipientUsers }).Priority);
    }

    [Fact]
    public void Assess_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriorityMatrix.Assess(new PriorityFacts { UsersUnableToWork = -1 }));
    }
}
