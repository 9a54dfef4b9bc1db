// The agent's command loop and registration come later (issue 4); for now the executable only explains itself.
Console.Error.WriteLine("""
    usage: patchwarden-agent register --server URL --activation-id ID --activation-code CODE [--state-dir DIR]
           patchwarden-agent run [--state-dir DIR]
    (not implemented yet: this build carries the package-manager providers only)
    """);
return 2;
