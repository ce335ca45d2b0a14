// Words that may stand between a subject and its reporting verb: "X has also said", "X later told".
export default `has have had will would did does do also later earlier previously further then again
repeatedly recently once first initially publicly privately separately subsequently since not never
still already just only had've reportedly allegedly has-also was were is are be been being`.split(/\s+/);
