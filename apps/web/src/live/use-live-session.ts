import type { SessionCommand } from "@samspel/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { LiveConnection, type LiveOptions, type LiveSnapshot } from "./live-connection";

export interface LiveSession extends LiveSnapshot {
  /** Resolves with the seq the command reached; rejects with a `LiveCommandError`. */
  send: (command: SessionCommand) => Promise<number>;
}

const INITIAL: LiveSnapshot = {
  status: "connecting",
  session: null,
  viewer: null,
  failure: null,
  opinionMap: null,
};

/** The session as this viewer sees it, live, for as long as the component is mounted. */
export function useLiveSession({ sessionId, token, as }: LiveOptions): LiveSession {
  const [snapshot, setSnapshot] = useState<LiveSnapshot>(INITIAL);
  const connection = useRef<LiveConnection | null>(null);

  useEffect(() => {
    const live = new LiveConnection({ sessionId, token, as }, setSnapshot);
    connection.current = live;
    setSnapshot(INITIAL);
    live.start();
    return () => {
      live.dispose();
      if (connection.current === live) connection.current = null;
    };
  }, [sessionId, token, as]);

  const send = useCallback((command: SessionCommand) => {
    const live = connection.current;
    if (!live) return Promise.reject(new Error("not connected"));
    return live.send(command);
  }, []);

  return { ...snapshot, send };
}
