using Microsoft.EntityFrameworkCore;

namespace IncidentWorkflows.Persistence;

/// <summary>PostgreSQL, for scale-out: several hosts share it.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options) : WorkflowDbContext(options);
