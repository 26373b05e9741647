using IncidentWorkflows.Engine.Execution;
using IncidentWorkflows.Engine.Runtime;
using IncidentWorkflows.Engine.Validation;
using IncidentWorkflows.Host.Workflows;

namespace IncidentWorkflows.Host.Cli;

/// <summary>
/// <c>run FILE [--input k=v]... [--event NAME]... [--until-end] [--with OTHER.json]...</c>: runs a workflow in
/// memory. stdout carries only the workflow's WriteLine lines (as they happen) and the final report; everything
/// else (validation warnings, notes) goes to stderr so the output can be diffed or piped.
/// </summary>
public sealed class RunCommand(TextWriter stdout, TextWriter stderr, TimeProvider time)
{
    public const string Usage = "run FILE [--input key=value]... [--event NAME]... [--until-end] [--with OTHER.json]...";

    public async Task<int> ExecuteAsync(IReadOnlyList<string> args)
    {
        var commandLine = CommandLine.Parse(args, ["--input", "--event", "--with"], ["--until-end"]);
        if (commandLine.HelpRequested)
        {
            stdout.WriteLine($"usage: {Usage}");
            return ExitCodes.Ok;
        }

        if (commandLine.Positionals.Count != 1)
            throw new UsageException("run needs exactly one workflow file (use --with for the workflows it uses).");
        var input = InputArguments.Parse(commandLine.Values("--input"));

        var main = WorkflowFile.Load(commandLine.Positionals[0]);
        var files = commandLine.Values("--with").Select(WorkflowFile.Load).Prepend(main).ToList();
        var unreadable = files.Where(f => f.Definition is null).ToList();
        foreach (var file in unreadable)
            stderr.WriteLine($"{file.Path}: {file.LoadError}");
        if (unreadable.Count > 0)
            return ExitCodes.Failed;

        var definitions = new InMemoryDefinitionStore();
        foreach (var file in files)
            definitions.Add(file.Definition!);
        var runtime = new InMemoryWorkflowRuntime(time, stdout, ActivityCatalog.CreateCompiler(definitions), definitions);

        if (!IsRunnable(main, runtime))
            return ExitCodes.Failed;

        var state = await runtime.StartAsync(main.Definition!.DefinitionId, new StartOptions { Input = input });
        foreach (var eventName in commandLine.Values("--event"))
        {
            var resumed = await runtime.TriggerEventAsync(eventName);
            if (resumed.Count == 0)
                stderr.WriteLine($"note: no bookmark was waiting for event '{eventName}'.");
        }

        if (commandLine.Flag("--until-end"))
            await runtime.ResumeUntilEndAsync(state.Id);

        state = runtime.GetState(state.Id);
        RunReport.Write(stdout, state);
        return state.SubStatus == WorkflowSubStatus.Faulted ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>Refuses to start a workflow with validation errors; warnings are shown but do not stop it.</summary>
    private bool IsRunnable(WorkflowFile main, InMemoryWorkflowRuntime runtime)
    {
        var issues = new WorkflowValidator(runtime.Compiler).Validate(main.Definition!);
        foreach (var issue in issues)
            stderr.WriteLine($"{main.Path}: {issue}");
        return !issues.Any(i => i.Severity == ValidationSeverity.Error);
    }
}
