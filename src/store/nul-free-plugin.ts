// PostgreSQL refuses U+0000 in text ("invalid byte sequence for encoding
// UTF8: 0x00"), which turned a NUL typed into a public form into a 500. This
// Kysely plugin replaces it with U+FFFD in every string a query sends, on both
// databases, so the same input is stored the same way everywhere and nothing
// a user types can make a query fail.
import {
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';

const nul = '\u0000';

function clean(value: unknown): unknown {
  return typeof value === 'string' && value.includes(nul) ? value.replaceAll(nul, '\uFFFD') : value;
}

class NulFreeTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const value = clean(node.value);
    return value === node.value ? node : { ...node, value };
  }

  protected override transformPrimitiveValueList(
    node: PrimitiveValueListNode,
  ): PrimitiveValueListNode {
    return node.values.some((value) => clean(value) !== value)
      ? { ...node, values: node.values.map(clean) }
      : node;
  }
}

export class NulFreePlugin implements KyselyPlugin {
  readonly #transformer = new NulFreeTransformer();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
