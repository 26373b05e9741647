using IncidentWorkflows.Engine.Expressions;
using IncidentWorkflows.Engine.Expressions.JavaScript;

namespace IncidentWorkflows.Engine.Tests.Expressions;

public class JavaScriptFunctionsTests
{
    [Fact]
    public void GetVariable_DeclaredVariable_ReturnsValue()
    {
        var scope = new TestScope { Variables = { ["Total"] = 41L } };

        Assert.Equal(42L, Scripts.Js("getVariable('Total') + 1", scope));
    }

    [Fact]
    public void GetVariable_UnknownVariable_ReturnsUndefined()
    {
        Assert.Equal("fallback", Scripts.Js("getVariable('Missing') ?? 'fallback'"));
    }

    [Fact]
    public void GetVariable_NameNotString_ThrowsTypeError()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("getVariable(42)"));

        Assert.Contains("getVariable expects a name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetVariable_NameThatIsNoIdentifier_ReturnsValue()
    {
        var scope = new TestScope { Variables = { ["my var"] = "spaced" } };

        Assert.Equal("spaced", Scripts.Js("getVariable('my var')", scope));
    }

    [Fact]
    public void SetVariable_Object_StoresPlainValues()
    {
        var scope = new TestScope { Variables = { ["Order"] = null } };

        Scripts.Js("setVariable('Order', { id: 7, tags: ['a', 'b'], price: 9.5, $id: 'o-7', nested: { ok: true } })", scope);

        var order = Assert.IsType<Dictionary<string, object?>>(scope.Variables["Order"]);
        Assert.Equal(7L, order["id"]);
        Assert.Equal(new object?[] { "a", "b" }, Assert.IsType<List<object?>>(order["tags"]));
        Assert.Equal(9.5, order["price"]);
        Assert.Equal("o-7", order["$id"]);
        Assert.Equal(true, Assert.IsType<Dictionary<string, object?>>(order["nested"])["ok"]);
    }

    [Fact]
    public void SetVariable_ThenGetVariable_RoundTripsValue()
    {
        var scope = new TestScope { Variables = { ["Data"] = null } };

        var result = Scripts.Js("setVariable('Data', { list: [1, 2], name: 'x' }); const d = getVariable('Data'); return d.list[1] + d.name;", scope);

        Assert.Equal("2x", result);
    }

    [Fact]
    public void SetVariable_UndeclaredVariable_ThrowsEvaluationException()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("setVariable('Nope', 1)"));

        Assert.Contains("Nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_PropertyRead_ReturnsVariable()
    {
        var scope = new TestScope { Variables = { ["Customer"] = new Dictionary<string, object?> { ["Name"] = "Ada" } } };

        Assert.Equal("Ada", Scripts.Js("variables.Customer.Name", scope));
    }

    [Fact]
    public void Variables_PropertyWrite_SetsVariable()
    {
        var scope = new TestScope { Variables = { ["Count"] = 1L } };

        var result = Scripts.Js("variables.Count = variables.Count + 1; return variables.Count;", scope);

        Assert.Equal(2L, result);
        Assert.Equal(2L, scope.Variables["Count"]);
    }

    [Fact]
    public void Variables_Enumeration_ListsVisibleVariables()
    {
        var scope = new TestScope { Variables = { ["A"] = 1L, ["B"] = "two" } };

        Assert.Equal("{\"A\":1,\"B\":\"two\"}", Scripts.Js("JSON.stringify(variables)", scope));
        Assert.Equal("A,B", Scripts.Js("Object.keys(variables).join()", scope));
        Assert.Equal("true,false,true,true", Scripts.Js("['A' in variables, 'C' in variables, variables.hasOwnProperty('B'), typeof variables.toString === 'function'].join()", scope));
    }

    [Fact]
    public void Variables_NestedChangeWithoutAssignment_IsNotPersisted()
    {
        var scope = new TestScope { Variables = { ["Order"] = new Dictionary<string, object?> { ["Count"] = 1L } } };

        Scripts.Js("variables.Order.Count = 5; const o = variables.Order; o.Total = 3; variables.Order = o;", scope);

        var order = Assert.IsType<Dictionary<string, object?>>(scope.Variables["Order"]);
        Assert.Equal(1L, order["Count"]);
        Assert.Equal(3L, order["Total"]);
    }

    [Fact]
    public void Variables_UndeclaredWrite_ThrowsEvaluationException()
    {
        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("variables.Nope = 1"));
    }

    [Fact]
    public void GetInput_WorkflowInput_ReturnsValue()
    {
        var scope = new TestScope { WorkflowInputs = { ["Input1"] = "Foo" } };

        Assert.Equal("Parent: Foo", Scripts.Js("\"Parent: \" + getInput('Input1');", scope));
    }

    [Fact]
    public void GetInput_OnlyScheduledInput_ReturnsScheduledValue()
    {
        var scope = new TestScope { ScheduledInputs = { ["CurrentValue"] = "Apple" } };

        Assert.Equal("Apple", Scripts.Js("getInput('CurrentValue')", scope));
    }

    [Fact]
    public void GetInput_WorkflowAndScheduledInputOfSameName_PrefersWorkflowInput()
    {
        var scope = new TestScope { WorkflowInputs = { ["Item"] = "workflow" }, ScheduledInputs = { ["Item"] = "scheduled" } };

        Assert.Equal("workflow", Scripts.Js("getInput('Item')", scope));
    }

    [Fact]
    public void GetInput_Unknown_ReturnsNull()
    {
        Assert.Null(Scripts.Js("getInput('Missing')"));
    }

    [Fact]
    public void Input_PropertyRead_ReturnsWorkflowOrScheduledInput()
    {
        var scope = new TestScope { WorkflowInputs = { ["Amount"] = 3L }, ScheduledInputs = { ["CurrentIndex"] = 2L } };

        Assert.Equal(5L, Scripts.Js("input.Amount + input.CurrentIndex", scope));
        Assert.Equal("[\"Amount\"]", Scripts.Js("JSON.stringify(Object.keys(input))", scope));
    }

    [Fact]
    public void Input_PropertyWrite_ThrowsBecauseInputsAreReadOnly()
    {
        var scope = new TestScope { WorkflowInputs = { ["Amount"] = 3L } };

        Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("input.Amount = 4", scope));
        Assert.Equal(3L, scope.WorkflowInputs["Amount"]);
    }

    [Fact]
    public void WorkflowIdentity_Functions_ReturnScopeIds()
    {
        var scope = new TestScope { WorkflowInstanceId = "i-9", WorkflowDefinitionId = "d-3", CorrelationId = "c-1" };

        Assert.Equal("i-9|d-3|c-1", Scripts.Js("[getWorkflowInstanceId(), getWorkflowDefinitionId(), getCorrelationId()].join('|')", scope));
    }

    [Fact]
    public void SetCorrelationId_Value_ChangesScope()
    {
        var scope = new TestScope();

        Scripts.Js("setCorrelationId('ticket-' + 42)", scope);

        Assert.Equal("ticket-42", scope.CorrelationId);
    }

    [Fact]
    public void SetCorrelationId_Null_ClearsScope()
    {
        var scope = new TestScope { CorrelationId = "old" };

        Scripts.Js("setCorrelationId(null)", scope);

        Assert.Null(scope.CorrelationId);
    }

    [Fact]
    public void GetLastResult_Object_ReturnsCopy()
    {
        var scope = new TestScope { LastResult = new Dictionary<string, object?> { ["Result"] = 42L } };

        Assert.Equal("Parent received: 42", Scripts.Js("`Parent received: ${getLastResult().Result}`", scope));
    }

    [Fact]
    public void GetOutputFrom_ActivityAndOutput_ReturnsOutput()
    {
        var scope = new TestScope { Outputs = { [("Sum1", "Result")] = 9L, [("Sum1", "Other")] = 1L } };

        Assert.Equal(9L, Scripts.Js("getOutputFrom('Sum1', 'Result')", scope));
    }

    [Fact]
    public void GetOutputFrom_WithoutOutputName_ReturnsDefaultOutput()
    {
        var scope = new TestScope { Outputs = { [("Http1", "Body")] = "payload", [("Sum1", "Result")] = 9L, [("Sum1", "Other")] = 1L } };

        Assert.Equal("payload", Scripts.Js("getOutputFrom('Http1')", scope));
        Assert.Equal(9L, Scripts.Js("getOutputFrom('Sum1')", scope));
    }

    [Fact]
    public void GetOutputFrom_UnknownActivity_ReturnsNull()
    {
        Assert.Null(Scripts.Js("getOutputFrom('Nope', 'Result')"));
    }

    [Fact]
    public void IsNullOrWhiteSpace_Values_MatchDotNetSemantics()
    {
        Assert.Equal("true,true,true,true,false,false", Scripts.Js("[isNullOrWhiteSpace(null), isNullOrWhiteSpace(undefined), isNullOrWhiteSpace(''), isNullOrWhiteSpace(' \\t'), isNullOrWhiteSpace('a'), isNullOrWhiteSpace(0)].join()"));
    }

    [Fact]
    public void IsNullOrEmpty_Values_MatchDotNetSemantics()
    {
        Assert.Equal("true,true,false,false", Scripts.Js("[isNullOrEmpty(null), isNullOrEmpty(''), isNullOrEmpty(' '), isNullOrEmpty('a')].join()"));
    }

    [Fact]
    public void NewGuid_Called_ReturnsDistinctGuidStrings()
    {
        var result = Assert.IsType<List<object?>>(Scripts.Js("[newGuid(), newGuidString(), typeof newGuid()]"));

        Assert.True(Guid.TryParse((string)result[0]!, out _));
        Assert.True(Guid.TryParse((string)result[1]!, out _));
        Assert.NotEqual(result[0], result[1]);
        Assert.Equal("string", result[2]);
    }

    [Fact]
    public void ToJson_Object_ReturnsCompactJson()
    {
        Assert.Equal("{\"a\":1,\"b\":[true,null],\"$id\":\"x\"}", Scripts.Js("toJson({ a: 1, b: [true, null], $id: 'x' })"));
    }

    [Fact]
    public void ParseJson_Text_ReturnsObject()
    {
        var result = Assert.IsType<Dictionary<string, object?>>(Scripts.Js("parseJson('{\"$id\":\"x\",\"n\":[1,2.5]}')"));

        Assert.Equal("x", result["$id"]);
        Assert.Equal(new object?[] { 1L, 2.5 }, Assert.IsType<List<object?>>(result["n"]));
    }

    [Fact]
    public void HostFunction_Configured_ReceivesAndReturnsPlainValues()
    {
        IReadOnlyList<object?>? received = null;
        var options = new JavaScriptOptions
        {
            Functions = new Dictionary<string, JavaScriptFunction>
            {
                ["describe"] = (scope, arguments) =>
                {
                    received = arguments;
                    return new Dictionary<string, object?> { ["instance"] = scope.WorkflowInstanceId, ["count"] = arguments.Count };
                },
            },
        };

        var result = Scripts.Js("describe(1, 'two', { three: [3] }).instance", options: options);

        Assert.Equal("instance-1", result);
        Assert.NotNull(received);
        Assert.Equal(1L, received[0]);
        Assert.Equal("two", received[1]);
        Assert.IsType<Dictionary<string, object?>>(received[2]);
    }

    [Fact]
    public void HostFunction_NamedLikeBuiltIn_IsRejected()
    {
        var options = new JavaScriptOptions { Functions = new Dictionary<string, JavaScriptFunction> { ["getVariable"] = (_, _) => null } };

        Assert.Throws<ArgumentException>(() => new JavaScriptEvaluator(options));
    }
}
