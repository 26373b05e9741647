using System.Diagnostics;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Expressions.JavaScript;

namespace IncidentWorkflows.Engine.Tests.Expressions;

public class JavaScriptSandboxTests
{
    private sealed record Ticket(string Name, int Priority);

    [Fact]
    public void Evaluate_InfiniteLoop_HitsStatementLimit()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("while (true) { }"));

        Assert.Contains("more than 100000 statements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InfiniteLoopWithoutStatementBudget_HitsTimeLimit()
    {
        // Memory is unbounded here so that only the clock can stop the loop.
        var options = new JavaScriptOptions { MaxStatements = int.MaxValue, MemoryLimitBytes = long.MaxValue, TimeLimit = TimeSpan.FromMilliseconds(200) };
        var stopwatch = Stopwatch.StartNew();

        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("let i = 0; while (true) { i++; }", options: options));

        Assert.Contains("time limit of 200 ms", error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), "the sandbox must stop the script");
    }

    [Theory]
    [InlineData("/(a+)+b/.test('a'.repeat(40))")]
    [InlineData("new RegExp('(a+)+b').test('a'.repeat(40))")]
    public void Evaluate_CatastrophicRegex_HitsTimeLimit(string script)
    {
        var options = new JavaScriptOptions { TimeLimit = TimeSpan.FromMilliseconds(200) };
        var stopwatch = Stopwatch.StartNew();

        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js(script, options: options));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), "the sandbox must stop the script");
    }

    [Fact]
    public void Evaluate_DeepRecursion_HitsRecursionLimit()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("function down(n) { return down(n + 1); }\nreturn down(0);"));

        Assert.Contains("recursion limit of 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RecursionWithinLimit_Succeeds()
    {
        Assert.Equal(55L, Scripts.Js("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nreturn fib(10);"));
    }

    [Fact]
    public void Evaluate_HugeAllocation_HitsMemoryLimit()
    {
        // A generous clock so that only the memory limit can stop the loop, however slow the machine.
        var options = new JavaScriptOptions { MaxStatements = int.MaxValue, TimeLimit = TimeSpan.FromMinutes(1) };

        var error = Assert.Throws<ExpressionEvaluationException>(() =>
            Scripts.Js("const items = []; while (true) { items.push({ index: items.length, text: 'item ' + items.length }); }", options: options));

        Assert.Contains("memory limit of 16777216 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StringDoubling_HitsMemoryLimit()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() =>
            Scripts.Js("let s = 'x'; for (let i = 0; i < 40; i++) { s = s + s; s.charAt(s.length - 1); } return s.length;"));

        Assert.Contains("memory limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GiantArray_IsRefused()
    {
        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("new Array(2000000000).fill(0).length"));
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/hostname')", "System is not defined")]
    [InlineData("importNamespace('System.IO')", "importNamespace is not defined")]
    [InlineData("clr.System", "clr is not defined")]
    public void Evaluate_ClrAccess_IsNotAvailable(string script, string expected)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js(script));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eval('1 + 1')")]
    [InlineData("new Function('return 1')()")]
    [InlineData("getVariable.constructor('return 1')()")]
    public void Evaluate_CodeFromStrings_IsRefused(string script)
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js(script));

        Assert.Contains("String compilation has been disabled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ClrObjectInScope_ArrivesAsPlainObject()
    {
        var scope = new TestScope { LastResult = new Ticket("Disk full", 2) };

        var result = Scripts.Js("const t = getLastResult(); return [t.Name, t.Priority, typeof t.GetType, Object.getPrototypeOf(t) === Object.prototype].join();", scope);

        Assert.Equal("Disk full,2,undefined,true", result);
    }

    [Fact]
    public void Evaluate_FunctionObjects_ExposeNoClrMembers()
    {
        Assert.Equal("undefined,undefined", Scripts.Js("[typeof getWorkflowInstanceId.GetType, typeof variables.GetType].join()"));
    }

    [Fact]
    public void Evaluate_AlreadyCancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var scope = new TestScope { CancellationToken = cancellation.Token };

        Assert.ThrowsAny<OperationCanceledException>(() => Scripts.Js("1", scope));
    }

    [Fact]
    public void Evaluate_CancelledWhileRunning_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var scope = new TestScope { CancellationToken = cancellation.Token };
        var options = new JavaScriptOptions { MaxStatements = int.MaxValue, TimeLimit = TimeSpan.FromSeconds(30) };

        var error = Assert.ThrowsAny<OperationCanceledException>(() => Scripts.Js("while (true) { }", scope, options: options));

        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    [Fact]
    public void Evaluate_ResultGetterLoopsForever_StillHitsLimit()
    {
        // Memory is unbounded here so that only the clock can stop the loop.
        var options = new JavaScriptOptions { MaxStatements = int.MaxValue, MemoryLimitBytes = long.MaxValue, TimeLimit = TimeSpan.FromMilliseconds(200) };

        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("({ get x() { while (true) { } } })", options: options));
    }

    [Theory]
    [InlineData("const a = []; a[50000000] = 1; return a;")]
    [InlineData("const a = []; a.length = 4294967295; return { a };")]
    [InlineData("return new Uint8Array(2000000);")]
    public void Evaluate_HugeSparseArrayResult_IsRefusedBeforeCopying(string script)
    {
        var stopwatch = Stopwatch.StartNew();

        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js(script));

        Assert.Contains("at most 1000000 are allowed", error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), "the sandbox must stop the script");
    }

    [Fact]
    public void Evaluate_CyclicResult_ThrowsEvaluationException()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("const a = {}; a.self = a; return a;"));

        Assert.Contains("nested deeper than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CyclicValueSetIntoVariable_ThrowsEvaluationException()
    {
        var scope = new TestScope { Variables = { ["Loop"] = null } };

        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("const a = []; a.push(a); setVariable('Loop', a);", scope));
        Assert.Null(scope.Variables["Loop"]);
    }

    [Fact]
    public void Compile_DeeplyNestedScript_ThrowsCompileExceptionInsteadOfCrashing()
    {
        var script = new string('[', 100_000) + new string(']', 100_000);

        Assert.Throws<ExpressionCompileException>(() => Scripts.CompileJs(script));
    }

    [Fact]
    public void Options_NonPositiveLimit_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JavaScriptEvaluator(new JavaScriptOptions { TimeLimit = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JavaScriptEvaluator(new JavaScriptOptions { MaxStatements = 0 }));
    }
}
