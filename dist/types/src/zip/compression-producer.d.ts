import { OperationError } from '../errors.js';
import type { ZipInput, ZipWriteOptions } from './zip-types.js';
/** What the consumer writes for one queued unit of work. */
export type Piece = {
    kind: 'whole';
    method: number;
    data: Buffer;
    crc: number;
} | {
    kind: 'begin';
    method: number;
    crc: number;
} | {
    kind: 'chunk';
    data: Buffer;
    input: Buffer;
} | {
    kind: 'end';
};
export interface Unit {
    input: ZipInput;
    cost: number;
    piece: Promise<Piece>;
}
/**
 * Hands out units of work in archive order and keeps the thread pool fed: every unit handed
 * out has started, and more are started as the consumer releases what it has written.
 */
export declare class Producer {
    private readonly inputs;
    private readonly options;
    private readonly queue;
    private index;
    private big;
    private inFlight;
    private readonly window;
    private readonly chunk;
    private readonly level;
    private readonly handles;
    constructor(inputs: readonly ZipInput[], options: ZipWriteOptions);
    next(): Unit | undefined;
    release(unit: Unit): void;
    abort(): Promise<void>;
    private fill;
    private push;
    private whole;
    private startBig;
    private pushBigUnit;
}
export declare function changedSize(input: ZipInput): OperationError;
