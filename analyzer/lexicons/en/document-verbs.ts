// Verbs with a document or data as subject: "a report by X found", "X's data show".
export default `found find finds show shows showed shown suggest suggests suggested indicate indicates
indicated conclude concludes concluded estimate estimates estimated reveal reveals revealed say says
said state states stated note notes noted predict predicts predicted project projects projected`.split(/\s+/);
