using System.Text.Json.Nodes;
using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Expressions.JavaScript;

namespace IncidentWorkflows.Engine.Tests.Expressions;

public class JavaScriptEvaluatorTests
{
    [Fact]
    public void Evaluate_BareExpression_ReturnsValue()
    {
        var scope = new TestScope { Variables = { ["Counter"] = 2L } };

        Assert.Equal(true, Scripts.Js("getCounter() > 1", scope));
        Assert.Equal(3L, Scripts.Js("getCounter() + 1", scope));
    }

    [Fact]
    public void Evaluate_ReturnStatement_ReturnsValue()
    {
        Assert.Equal(false, Scripts.Js("return false;"));
    }

    [Fact]
    public void Evaluate_ReturnInsideBody_StopsAtFirstReturn()
    {
        Assert.Equal(3L, Scripts.Js("const a = 1;\nif (a === 1) return 3;\nreturn 4;"));
    }

    [Fact]
    public void Evaluate_ObjectReturnedFromBody_ReturnsDictionary()
    {
        var result = Assert.IsType<Dictionary<string, object?>>(Scripts.Js("return {\"prop1\":\"ceva\"}"));

        Assert.Equal("ceva", result["prop1"]);
    }

    [Fact]
    public void Evaluate_TemplateLiteral_ReturnsString()
    {
        var scope = new TestScope { Variables = { ["Message"] = "hi" } };

        Assert.Equal("Child received: hi", Scripts.Js("`Child received: ${getMessage()}`", scope));
    }

    [Fact]
    public void Evaluate_ArrayLiteral_ReturnsListOfPlainValues()
    {
        var result = Assert.IsType<List<object?>>(Scripts.Js("[\"Apple\", 2, true, null]"));

        Assert.Equal(new object?[] { "Apple", 2L, true, null }, result);
    }

    [Fact]
    public void Evaluate_ParenthesisedObjectLiteral_ReturnsDictionary()
    {
        var result = Assert.IsType<Dictionary<string, object?>>(Scripts.Js("({ Message: 'Hello from parent' })"));

        Assert.Equal("Hello from parent", result["Message"]);
    }

    [Fact]
    public void Evaluate_SchemaObject_KeepsDollarKeys()
    {
        const string script = """
            return {
                "inputSchema": {
                    "$schema": "http://json-schema.org/draft-07/schema#",
                    "$id": "#/definitions/inform-front-office-input-afd",
                    "type": "object"
                }
            }
            """;

        var result = Assert.IsType<Dictionary<string, object?>>(Scripts.Js(script));
        var schema = Assert.IsType<Dictionary<string, object?>>(result["inputSchema"]);

        Assert.Equal("http://json-schema.org/draft-07/schema#", schema["$schema"]);
        Assert.Equal("#/definitions/inform-front-office-input-afd", schema["$id"]);
        Assert.Equal(["$schema", "$id", "type"], schema.Keys);
    }

    [Fact]
    public void Evaluate_Numbers_IntegralAsLongOthersAsDouble()
    {
        var result = Assert.IsType<List<object?>>(Scripts.Js("[1, 2.5, -0, 2 ** 53, -7, 1e300, 0.1 + 0.2]"));

        Assert.Equal(1L, result[0]);
        Assert.Equal(2.5, result[1]);
        Assert.Equal(0L, result[2]);
        Assert.Equal(9_007_199_254_740_992L, result[3]);
        Assert.Equal(-7L, result[4]);
        Assert.Equal(1e300, result[5]);
        Assert.Equal(0.1 + 0.2, result[6]);
    }

    [Fact]
    public void Evaluate_NaN_ReturnsDouble()
    {
        Assert.True(double.IsNaN(Assert.IsType<double>(Scripts.Js("0 / 0"))));
    }

    [Theory]
    [InlineData("undefined")]
    [InlineData("null")]
    [InlineData("return;")]
    [InlineData("let x = 1;")]
    public void Evaluate_NoValue_ReturnsNull(string script)
    {
        Assert.Null(Scripts.Js(script));
    }

    [Fact]
    public void Evaluate_ObjectWithUndefinedOrFunctionProperties_LeavesThemOutLikeJson()
    {
        var result = Assert.IsType<Dictionary<string, object?>>(Scripts.Js("({ a: undefined, b: () => 1, c: null, d: [undefined, 1] })"));

        Assert.Equal(["c", "d"], result.Keys);
        Assert.Null(result["c"]);
        Assert.Equal(new object?[] { null, 1L }, Assert.IsType<List<object?>>(result["d"]));
    }

    [Fact]
    public void Evaluate_Date_ReturnsDateTimeOffset()
    {
        var result = Scripts.Js("new Date(Date.UTC(2024, 0, 2, 3, 4, 5))");

        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), result);
    }

    [Fact]
    public void Evaluate_Int32InputsAdded_ReturnsSumNotConcatenation()
    {
        var scope = new TestScope { WorkflowInputs = { ["A"] = 4, ["B"] = 5 } };

        var result = Scripts.Js("getA() + getB()", scope, typeof(int));

        Assert.Equal(9, result);
    }

    [Fact]
    public void Evaluate_JsonNumberInputsAdded_ReturnsSum()
    {
        var scope = new TestScope { WorkflowInputs = { ["A"] = JsonNode.Parse("4"), ["B"] = JsonNode.Parse("5") } };

        Assert.Equal(9L, Scripts.Js("getA() + getB()", scope));
    }

    [Fact]
    public void Evaluate_NumberForStringTarget_ReturnsText()
    {
        Assert.Equal("2", Scripts.Js("1 + 1", targetType: typeof(string)));
    }

    [Fact]
    public void Evaluate_ObjectForStringTarget_ReturnsJson()
    {
        Assert.Equal("{\"a\":[1,\"x\"]}", Scripts.Js("({ a: [1, 'x'] })", targetType: typeof(string)));
    }

    [Fact]
    public void Evaluate_ArrayForTypedListTarget_ConvertsItems()
    {
        var result = Scripts.Js("[1, 2, 3]", targetType: typeof(List<int>));

        Assert.Equal(new List<int> { 1, 2, 3 }, result);
    }

    [Fact]
    public void Evaluate_ResultNotConvertible_ThrowsEvaluationException()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("'abc'", targetType: typeof(int)));

        Assert.Contains("Int32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_SyntaxError_ThrowsCompileExceptionWithPosition()
    {
        var error = Assert.Throws<ExpressionCompileException>(() => Scripts.CompileJs("let x = 1;\nlet y = ;"));

        Assert.StartsWith("JavaScript syntax error at line 2, column 9:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unexpected token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnclosedExpression_ThrowsCompileException()
    {
        var error = Assert.Throws<ExpressionCompileException>(() => Scripts.CompileJs("return ("));

        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_StrictModeViolation_ThrowsCompileException()
    {
        Assert.Throws<ExpressionCompileException>(() => Scripts.CompileJs("with (Math) { max(1, 2) }"));
    }

    [Fact]
    public void Compile_EmptyScript_EvaluatesToDefault()
    {
        Assert.Null(Scripts.Js("  "));
        Assert.Equal(0, Scripts.Js("", targetType: typeof(int)));
    }

    [Fact]
    public void Evaluate_RuntimeError_ThrowsEvaluationExceptionWithMessage()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("const o = null;\nreturn o.x;"));

        Assert.Contains("Cannot read properties of null", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ThrownError_ThrowsEvaluationExceptionWithMessage()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("throw new Error('boom')"));

        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ThrownPlainObject_ReportsItsJson()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("throw { code: 42 }"));

        Assert.Contains("{\"code\":42}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AsyncFunctionResult_ReturnsSettledValue()
    {
        var scope = new TestScope { Variables = { ["Counter"] = 2L } };

        Assert.Equal(3L, Scripts.Js("(async () => { await null; return getCounter() + 1; })()", scope));
    }

    [Fact]
    public void Evaluate_PromiseThatNeverSettles_ThrowsEvaluationException()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("new Promise(() => {})"));

        Assert.Contains("promise did not complete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownAccessor_ThrowsReferenceError()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("getNothing()"));

        Assert.Contains("getNothing is not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ImplicitGlobalInStrictMode_ThrowsEvaluationException()
    {
        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("undeclared = 5"));
    }

    [Fact]
    public void Evaluate_FunctionDeclaredInScript_CanUseAccessors()
    {
        var scope = new TestScope { Variables = { ["Counter"] = 2L } };

        Assert.Equal(4L, Scripts.Js("function twice() { return getCounter() * 2; }\nreturn twice();", scope));
    }

    [Fact]
    public void Evaluate_SameExpressionTwice_DoesNotLeakGlobalState()
    {
        var expression = Scripts.CompileJs("Array.prototype.seen = (Array.prototype.seen ?? 0) + 1; var calls = (typeof calls === 'number' ? calls : 0) + 1; return [].seen * 10 + calls;");
        var scope = new TestScope();

        Assert.Equal(11L, expression.Evaluate(scope));
        Assert.Equal(11L, expression.Evaluate(scope));
    }

    [Fact]
    public void Evaluate_ConcurrentEvaluations_UseTheirOwnScopes()
    {
        var expression = Scripts.CompileJs("getCounter() + 1");
        var results = new long[200];

        Parallel.For(0, results.Length, i =>
            results[i] = (long)expression.Evaluate(new TestScope { Variables = { ["Counter"] = (long)i } })!);

        Assert.Equal(Enumerable.Range(1, results.Length).Select(i => (long)i), results);
    }

    [Fact]
    public void Compile_Twice_SharesNothingBetweenExpressions()
    {
        var evaluator = new JavaScriptEvaluator(new JavaScriptOptions());
        var first = evaluator.Compile(new ExpressionDefinition("JavaScript", JsonValue.Create("getA()")), typeof(object));
        var second = evaluator.Compile(new ExpressionDefinition("JavaScript", JsonValue.Create("getB()")), typeof(object));
        var scope = new TestScope { Variables = { ["A"] = "a", ["B"] = "b" } };

        Assert.Equal("a", first.Evaluate(scope));
        Assert.Equal("b", second.Evaluate(scope));
        Assert.Equal("JavaScript", evaluator.Type);
    }
}
