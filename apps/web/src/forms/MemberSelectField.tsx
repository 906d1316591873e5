import type { Member } from "@samspel/core";
import { SelectField } from "./SelectField";

interface MemberSelectFieldProps {
  name: string;
  label: string;
  /** The first choice, for "nobody". */
  noneLabel: string;
  members: readonly Member[];
  defaultValue?: string | undefined;
  error?: string | undefined;
}

/** Picks one of the organisation's members by user id, or nobody (an empty value). */
export function MemberSelectField({ noneLabel, members, ...field }: MemberSelectFieldProps) {
  return (
    <SelectField {...field}>
      <option value="">{noneLabel}</option>
      {members.map((member) => (
        <option key={member.userId} value={member.userId}>
          {member.displayName}
        </option>
      ))}
    </SelectField>
  );
}
