namespace IncidentWorkflows.Host.Tests.Support.Smtp;

/// <summary>Where the test server can be told to refuse: the greeting, a command, or the end of the message data.</summary>
public enum SmtpStage
{
    Greeting,
    MailFrom,
    RcptTo,
    Data,
}
