using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Expressions.Liquid;

namespace IncidentWorkflows.Engine.Tests.Expressions;

public class LiquidEvaluatorTests
{
    [Fact]
    public void Evaluate_Variable_RendersValue()
    {
        var scope = new TestScope { Variables = { ["Name"] = "Ada" } };

        Assert.Equal("Hello Ada!", Scripts.Liquid("Hello {{ Variables.Name }}!", scope));
    }

    [Fact]
    public void Evaluate_InputAndWorkflowIds_RendersValues()
    {
        var scope = new TestScope
        {
            WorkflowInstanceId = "i-1",
            WorkflowDefinitionId = "d-1",
            CorrelationId = "c-1",
            WorkflowInputs = { ["Severity"] = "S2" },
        };

        var result = Scripts.Liquid("{{ Input.Severity }} {{ Workflow.Id }} {{ Workflow.InstanceId }} {{ Workflow.DefinitionId }} {{ Workflow.CorrelationId }} {{ CorrelationId }}", scope);

        Assert.Equal("S2 i-1 i-1 d-1 c-1 c-1", result);
    }

    [Fact]
    public void Evaluate_ScheduledInput_RendersValue()
    {
        var scope = new TestScope { ScheduledInputs = { ["CurrentValue"] = "Cherry" } };

        Assert.Equal("Cherry", Scripts.Liquid("{{ Input.CurrentValue }}", scope));
    }

    [Fact]
    public void Evaluate_NestedObjectsAndLoop_RendersItems()
    {
        var scope = new TestScope
        {
            Variables =
            {
                ["Order"] = new Dictionary<string, object?>
                {
                    ["Items"] = new List<object?>
                    {
                        new Dictionary<string, object?> { ["Sku"] = "a" },
                        new Dictionary<string, object?> { ["Sku"] = "b" },
                    },
                },
            },
        };

        var result = Scripts.Liquid("{% for item in Variables.Order.Items %}{{ item.Sku }}{% unless forloop.last %},{% endunless %}{% endfor %} ({{ Variables.Order.Items | size }})", scope);

        Assert.Equal("a,b (2)", result);
    }

    [Fact]
    public void Evaluate_Filters_ApplyLiquidSemantics()
    {
        var scope = new TestScope { Variables = { ["Name"] = "ada" } };

        Assert.Equal("ADA|Ada|x", Scripts.Liquid("{{ Variables.Name | upcase }}|{{ Variables.Name | capitalize }}|{{ Variables.Missing | default: 'x' }}", scope));
    }

    [Fact]
    public void Evaluate_LiquidDateAndListFilters_MapToScriban()
    {
        var scope = new TestScope { Variables = { ["When"] = new DateTimeOffset(2024, 3, 4, 5, 6, 7, TimeSpan.Zero), ["Tags"] = new List<object?> { "p1", "db" } } };

        var result = Scripts.Liquid("{{ Variables.When | date: '%Y-%m-%d' }} {{ Variables.Tags | join: '+' }} {{ Variables.Tags | first }} {{ 'hello world' | truncate: 5 }}", scope);

        Assert.Equal("2024-03-04 p1+db p1 he...", result);
    }

    [Fact]
    public void Evaluate_OutputOverLimit_ThrowsEvaluationException()
    {
        var options = new LiquidOptions { OutputLimit = 100 };

        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Liquid("{% for i in (1..50) %}0123456789{% endfor %}", options: options));
    }

    [Fact]
    public void Evaluate_CatastrophicRegex_HitsRegexTimeout()
    {
        var scope = new TestScope { Variables = { ["Text"] = new string('a', 40) } };
        var options = new LiquidOptions { RegexTimeout = TimeSpan.FromMilliseconds(100) };
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Liquid("{{ Variables.Text | regex.match '(a+)+b' }}", scope, options: options));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), "the sandbox must stop the script");
    }

    [Fact]
    public void Evaluate_Condition_RendersBranch()
    {
        var scope = new TestScope { Variables = { ["Count"] = 3L } };

        Assert.Equal("many", Scripts.Liquid("{% if Variables.Count > 2 %}many{% else %}few{% endif %}", scope));
    }

    [Fact]
    public void Evaluate_IntTarget_ConvertsRenderedText()
    {
        var scope = new TestScope { WorkflowInputs = { ["A"] = 4, ["B"] = 5 } };

        Assert.Equal(9, Scripts.Liquid("{{ Input.A | plus: Input.B }}", scope, typeof(int)));
    }

    [Fact]
    public void Evaluate_EmptyOutputForIntTarget_ReturnsDefault()
    {
        Assert.Equal(0, Scripts.Liquid("{{ Variables.Missing }}", targetType: typeof(int)));
    }

    [Fact]
    public void Evaluate_NotConvertibleOutput_ThrowsEvaluationException()
    {
        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Liquid("abc", targetType: typeof(int)));
    }

    [Fact]
    public void Evaluate_AssignedLocal_IsUsable()
    {
        Assert.Equal("3", Scripts.Liquid("{% assign total = 1 | plus: 2 %}{{ total }}"));
    }

    [Fact]
    public void Compile_SyntaxError_ThrowsCompileException()
    {
        var error = Assert.Throws<ExpressionCompileException>(() => Scripts.CompileLiquid("{% if Variables.Name %}unclosed"));

        Assert.StartsWith("Liquid syntax error:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnclosedOutput_ThrowsCompileException()
    {
        Assert.Throws<ExpressionCompileException>(() => Scripts.CompileLiquid("Hello {{ Variables.Name "));
    }

    [Fact]
    public void Evaluate_LoopOverLimit_ThrowsEvaluationException()
    {
        var options = new LiquidOptions { LoopLimit = 10 };

        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Liquid("{% for i in (1..100) %}{{ i }}{% endfor %}", options: options));

        Assert.Contains("LoopLimit `10`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DotNetMembers_AreNotReachable()
    {
        var scope = new TestScope { Variables = { ["When"] = new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), ["Text"] = "abc" } };

        Assert.Equal("[][][3]", Scripts.Liquid("[{{ Variables.When.Ticks }}][{{ Variables.Text.Length }}][{{ Variables.Text.size }}]", scope));
    }

    [Fact]
    public void Evaluate_Include_IsRefused()
    {
        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Liquid("{% include 'secrets.txt' %}"));
    }

    [Fact]
    public void Evaluate_WorkflowNameAssigned_ThrowsEvaluationException()
    {
        var scope = new TestScope { CorrelationId = "c-1" };

        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Liquid("{% assign CorrelationId = 'x' %}{{ CorrelationId }}", scope));

        Assert.Contains("readonly", error.Message, StringComparison.Ordinal);
        Assert.Equal("c-1", scope.CorrelationId);
    }

    [Fact]
    public void Evaluate_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Scripts.Liquid("x", new TestScope { CancellationToken = cancellation.Token }));
    }

    [Fact]
    public void Evaluate_SameTemplateTwice_DoesNotShareAssignments()
    {
        var expression = Scripts.CompileLiquid("{{ seen }}{% assign seen = 'yes' %}");
        var scope = new TestScope();

        Assert.Equal("", expression.Evaluate(scope));
        Assert.Equal("", expression.Evaluate(scope));
    }

    [Fact]
    public void Evaluate_BuiltInFilterSettingChanged_IsRefusedAndNotLeaked()
    {
        var scope = new TestScope { Variables = { ["When"] = new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero) } };

        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Liquid("{% assign date.format = '%Y' %}{{ Variables.When | date }}", scope));
        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Liquid("{% assign math.extra = 1 %}", scope));
        Assert.Equal("04 Mar 2024", Scripts.Liquid("{{ Variables.When | date }}", scope));
    }

    [Fact]
    public void Evaluate_ConcurrentRenders_UseTheirOwnScopes()
    {
        var expression = Scripts.CompileLiquid("{{ Variables.Name | upcase }}-{{ Input.Index | plus: 1 }}");
        var results = new string[200];

        Parallel.For(0, results.Length, i =>
            results[i] = (string)expression.Evaluate(new TestScope { Variables = { ["Name"] = $"n{i}" }, WorkflowInputs = { ["Index"] = (long)i } })!);

        Assert.Equal(Enumerable.Range(0, results.Length).Select(i => $"N{i}-{i + 1}"), results);
    }

    [Fact]
    public void Evaluator_Type_IsLiquid()
    {
        Assert.Equal("Liquid", new LiquidEvaluator().Type);
    }
}
