using IncidentWorkflows.Engine.Expressions;

namespace IncidentWorkflows.Engine.Tests.Expressions;

public class JavaScriptAccessorsTests
{
    [Fact]
    public void GetVariableAccessor_DeclaredVariable_ReturnsValue()
    {
        var scope = new TestScope { Variables = { ["Counter"] = 5L } };

        Assert.Equal(5L, Scripts.Js("getCounter()", scope));
    }

    [Fact]
    public void GetVariableAccessor_LowerCaseVariable_IsReachableCapitalised()
    {
        var scope = new TestScope { Variables = { ["counter"] = 5L } };

        Assert.Equal(5L, Scripts.Js("getCounter()", scope));
    }

    [Fact]
    public void SetVariableAccessor_Value_SetsVariable()
    {
        var scope = new TestScope { Variables = { ["Counter"] = 1L } };

        var result = Scripts.Js("setCounter(getCounter() + 6); return getCounter();", scope);

        Assert.Equal(7L, result);
        Assert.Equal(7L, scope.Variables["Counter"]);
    }

    [Fact]
    public void SetVariableAccessor_Array_StoresList()
    {
        var scope = new TestScope { Variables = { ["Items"] = null } };

        Scripts.Js("setItems([1, 'b'])", scope);

        Assert.Equal(new object?[] { 1L, "b" }, Assert.IsType<List<object?>>(scope.Variables["Items"]));
    }

    [Fact]
    public void GetInputAccessor_WorkflowInput_ReturnsValue()
    {
        var scope = new TestScope { WorkflowInputs = { ["Input1"] = "Foo" } };

        Assert.Equal("Foo", Scripts.Js("return getInput1();", scope));
    }

    [Fact]
    public void GetInputAccessor_ScheduledInput_ReturnsValue()
    {
        var scope = new TestScope { ScheduledInputs = { ["CurrentValue"] = "Banana" } };

        Assert.Equal("Current fruit: Banana", Scripts.Js("`Current fruit: ${getCurrentValue()}`", scope));
    }

    [Fact]
    public void GetAccessor_VariableAndInputOfSameName_PrefersVariable()
    {
        var scope = new TestScope { Variables = { ["Value"] = "variable" }, WorkflowInputs = { ["Value"] = "input" } };

        Assert.Equal("variable", Scripts.Js("getValue()", scope));
    }

    [Fact]
    public void GetOutputAccessor_ActivityOutput_ReturnsValue()
    {
        var scope = new TestScope { Outputs = { [("ChildWithOutput1", "Output")] = "from child", [("Sum1", "Result")] = 9L } };

        Assert.Equal("Received from child: from child", Scripts.Js("`Received from child: ${getOutputFromChildWithOutput1()}`", scope));
        Assert.Equal(9L, Scripts.Js("getResultFromSum1()", scope));
    }

    [Fact]
    public void VariableNamedLikeBuiltIn_DoesNotReplaceBuiltIn()
    {
        var scope = new TestScope { Variables = { ["Variable"] = "shadow", ["Other"] = "real" } };

        Assert.Equal("real", Scripts.Js("getVariable('Other')", scope));
    }

    [Fact]
    public void Accessor_NamedThroughGlobalThis_IsDefined()
    {
        var scope = new TestScope { Variables = { ["Counter"] = 2L }, Outputs = { [("Sum1", "Result")] = 9L } };

        Assert.Equal(11L, Scripts.Js("globalThis['get' + 'Counter']() + globalThis['getResultFromSum1']()", scope));
    }

    [Fact]
    public void SetAccessor_ForInput_IsNotDefined()
    {
        var scope = new TestScope { WorkflowInputs = { ["Amount"] = 1L } };

        var error = Assert.Throws<ExpressionEvaluationException>(() => Scripts.Js("setAmount(2)", scope));

        Assert.Contains("setAmount is not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetAccessor_ScriptDeclaresSameName_UsesScriptDeclaration()
    {
        var scope = new TestScope { Variables = { ["Counter"] = 2L } };

        Assert.Equal("mine", Scripts.Js("function getCounter() { return 'mine'; }\nreturn getCounter();", scope));
    }
}
