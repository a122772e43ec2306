/** The variable that carries a BackgroundCheckpointRequest, as JSON, to the process that saves it. */
export const BACKGROUND_REQUEST_VARIABLE = 'WORKFLOW_BACKGROUND_CHECKPOINT';
