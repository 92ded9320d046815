/** Names an annotation in command arguments: from hovers, the tree view and menus alike. */
export interface AnnotationRef {
  /** The paper's file system path. */
  paper: string;
  id: string;
}

/** The annotation a command was invoked on, or undefined when it came with other arguments (an editor menu passes the document's URI). */
export function annotationRefFrom(argument: unknown): AnnotationRef | undefined {
  const candidate = argument as Partial<AnnotationRef> | undefined;
  return typeof candidate?.paper === 'string' && typeof candidate.id === 'string' ? { paper: candidate.paper, id: candidate.id } : undefined;
}
