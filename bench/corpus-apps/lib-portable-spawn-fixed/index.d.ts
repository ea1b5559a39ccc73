import type {
    ChildProcess,
    SpawnOptions,
    SpawnSyncOptions,
    SpawnSyncReturns,
} from 'child_process';

declare function spawn(command: string, args?: ReadonlyArray<string>, options?: SpawnOptions): ChildProcess;

declare namespace spawn {
    function spawn(command: string, args?: ReadonlyArray<string>, options?: SpawnOptions): ChildProcess;
    function sync(command: string, args?: ReadonlyArray<string>, options?: SpawnSyncOptions): SpawnSyncReturns<Buffer>;
    /** Escapes a command name for cmd.exe. */
    function quoteCommand(command: string): string;
    /** Quotes one argument for the MSVC runtime and escapes it for cmd.exe. */
    function quoteArgument(arg: string, doubleEscapeMetaChars?: boolean): string;
}

export = spawn;
