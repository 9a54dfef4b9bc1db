using Patchwarden.Cli;

return await Patchctl.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
