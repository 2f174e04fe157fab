// The package ships plain CommonJS without types; this describes the part we use.
declare module '@jsonresume/schema' {
  namespace resumeSchema {
    /** One jsonschema ValidationError, as the package hands them to the callback. */
    interface JsonResumeSchemaError {
      path: (string | number)[];
      property: string;
      message: string;
      name: string;
      argument: unknown;
    }

    /** A JSON Schema (draft-07) node, read structurally. */
    interface JsonSchemaNode {
      [keyword: string]: unknown;
    }
  }

  const resumeSchema: {
    /** Calls back synchronously: (errors, false) or (null, true). */
    validate(
      resume: unknown,
      callback: (errors: resumeSchema.JsonResumeSchemaError[] | null, valid: boolean) => void,
    ): void;
    schema: resumeSchema.JsonSchemaNode;
    jobSchema: resumeSchema.JsonSchemaNode;
  };

  export = resumeSchema;
}
