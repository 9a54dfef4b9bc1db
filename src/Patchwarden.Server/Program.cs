using Patchwarden.Server.Hosting;

return await PatchwardenCommand.RunAsync(args, Console.Out, Console.Error);

/// <summary>The entry point; public so that tests can name it (<c>WebApplicationFactory&lt;Program&gt;</c>).</summary>
public partial class Program;
