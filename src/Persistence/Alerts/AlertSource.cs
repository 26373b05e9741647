namespace IncidentWorkflows.Persistence.Alerts;

/// <summary>The payload format an integration posts; each has its own parser in the host.</summary>
public enum AlertSource
{
    Alertmanager,
    Grafana,
    PagerDuty,
    Zabbix,
    Datadog,
    Generic,
}
