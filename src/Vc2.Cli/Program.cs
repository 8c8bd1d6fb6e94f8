using System.CommandLine;
using Vc2.Cli;

var root = new RootCommand("vc2 – kommandolinjen til Virksomhedscenter generation 2");
root.Subcommands.Add(SettleCommand.Create());
root.Subcommands.Add(GenerateScenarioCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(DemoDataCommand.Create());
root.Subcommands.Add(FiguresCommand.Create());
return await root.Parse(args).InvokeAsync();
